// qalint-ignore-file host-lookalike
aiAssistants = [
  // qalint-ignore trailing-comma -- exported as is
  {
    type: 'Cloudflare', alias: 'cf', account: '0123456789abcdef0123456789abcdef', apiKey: '${CF_API_TOKEN}',
    model1: '@cf/meta/llama-3.1-8b-instruct-fast', // qalint-ignore model-unknown, no-such-rule
    model2: '@cf/baai/bge-small-en-v1.5'
  }
]
