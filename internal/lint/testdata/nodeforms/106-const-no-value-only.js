const aiAssistants;
