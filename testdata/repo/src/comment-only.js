// The settings are not here: aiAssistants = [ … ] is kept in aiAssistants.js.
/* { "type": "Cloudflare", "alias": "x" } */
export const settingsFile = "aiAssistants.js";
