// model2 is left out: the Cloudflare default, bge-small-en-v1.5, makes 384 numbers
aiAssistants = [
  {
    type: 'Cloudflare',
    alias: 'cf',
    account: '0123456789abcdef0123456789abcdef',
    apiKey: '${CF_API_TOKEN}',
    model1: '@cf/meta/llama-3.1-8b-instruct-fast',
  },
];
catalogSettings = {
  semanticSearching: { useAiAssistant: 'cf', dimensions: 768 },
};
