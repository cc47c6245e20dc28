aiAssistants = [
  {
    type: 'Cloudflare',
    alias: 'cf',
    account: '0123456789abcdef0123456789abcdef',
    apiKey: '${CF_API_TOKEN}',
    model1: '@cf/meta/llama-3.1-8b-instruct-fast',
    model2: undefined,
    baseURI1: 'https://api.cloudflare.com/client/v4/\
accounts/0123456789abcdef0123456789abcdef/ai',
  },
]
catalogSettings = { semanticSearching: { useAiAssistant: 'cf', dimensions: 0x180 } }
