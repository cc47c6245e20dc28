// Exported from Qarbine: Administration tool → Utilities → View/Copy the complete AI Assistants settings
aiAssistants = [
  {
    type: 'Cloudflare',
    alias: 'myCloudflare',
    account: '0123456789abcdef0123456789abcdef',
    apiKey: '${CF_API_TOKEN}',
    model1: '@cf/meta/llama-3.1-8b-instruct-fast',
    model2: '@cf/baai/bge-small-en-v1.5',
    cacheEntries: true,
  },
  {
    type: 'OpenAI',
    alias: 'gpt',
    apiKey: '${OPENAI_API_KEY}',
    baseURI1: 'https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/my-ai-gateway/openai',
    /* the gateway token travels as a header */
    "cf-aig-authorization": 'Bearer ${CF_AIG_TOKEN}',
  },
];
