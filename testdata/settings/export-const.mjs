// The same as an ES module.
export const aiAssistants = [
  {
    type: 'Cloudflare',
    alias: 'cf',
    account: '0123456789abcdef0123456789abcdef',
    apiKey: '${CF_API_TOKEN}',
    model1: '@cf/meta/llama-3.1-8b-instruct-fast',
    model2: '@cf/baai/bge-small-en-v1.5',
  },
];
export const catalogSettings = { semanticSearching: { useAiAssistant: 'cf', dimensions: 384 } };
