// The whole settings text from Qarbine's administration tool: several
// settings, one after another. qalint checks the entries of aiAssistants and
// reads the others for the rules that look across settings.
systemName = 'Qarbine (staging)';

aiAssistants = [
  {
    type: 'Cloudflare',
    alias: 'cf',
    account: '0123456789abcdef0123456789abcdef',
    apiKey: '${CF_API_TOKEN}',
    model1: '@cf/meta/llama-3.1-8b-instruct-fast',
    model2: '@cf/baai/bge-base-en-v1.5',
  },
];

/* catalog searching embeds with the alias above */
catalogSettings = {
  semanticSearching: {
    useAiAssistant: 'cloudflare',
    dimensions: 384,
  },
}
var vectorQueries = [ { name: 'products', useAssistant: 'cf' } ];
