aiAssistants = [ { type: Cloudflare, alias: 'cf' } ]
