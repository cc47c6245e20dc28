module.exports = { aiAssistants };
