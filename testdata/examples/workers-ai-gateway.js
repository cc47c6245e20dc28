// Workers AI through an authenticated AI Gateway, as written in Qarbine's
// Administration tool → Settings tab. Replace the account id, the gateway id
// and the two ${…} references with your own values.
aiAssistants = [
  {
    type: 'Cloudflare',
    alias: 'workersAI',
    account: '0123456789abcdef0123456789abcdef',
    apiKey: '${CF_API_TOKEN}',
    model1: '@cf/meta/llama-3.1-8b-instruct-fast',
    model2: '@cf/baai/bge-small-en-v1.5',
    baseURI1: 'https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/my-gateway/workers-ai',
    'cf-aig-authorization': 'Bearer ${CF_AIG_TOKEN}'
  }
];
