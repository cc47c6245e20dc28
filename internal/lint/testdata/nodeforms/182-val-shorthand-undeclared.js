aiAssistants = [ { type: 'Cloudflare', alias: 'a1', account: '0123456789abcdef0123456789abcdef', model1 } ];
