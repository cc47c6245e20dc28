// A settings file kept in a repository as a CommonJS module.
module.exports = {
  aiAssistants: [
    {
      type: 'Cloudflare',
      alias: 'cf',
      account: '0123456789abcdef0123456789abcdef',
      apiKey: '${CF_API_TOKEN}',
      model1: '@cf/meta/llama-3.1-8b-instruct-fast',
      // model2 left out: the Cloudflare default, bge-small-en-v1.5 (384)
    },
  ],
  catalogSettings: { semanticSearching: { useAiAssistant: 'cf', dimensions: 1024 } },
};
