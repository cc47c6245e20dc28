// Exported from Qarbine: Administration tool → Utilities → View/Copy the complete AI Assistants settings
aiAssistants = [
  {
    type: 'Cloudflare',
    alias: 'myCloudflare',
    account: '1234567890ABC',
    apiKey: '${CF_API_TOKEN}',
    model1: '@cf/meta/llama-3.1-8b-instruct-fast',
    model2: '@cf/baai/bge-small-en-v1.5'
  }
];
