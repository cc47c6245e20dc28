catalogSettings = { semanticSearching: { useAiAssistant: 'a1', dimensions: 384 } }
aiAssistants = [
  { "type": "Cloudflare", "alias": "a1", "account": "0123456789abcdef0123456789abcdef", "apiKey": "${CF_API_TOKEN}", "model1": "@cf/meta/llama-3.1-8b-instruct-fast" },
  { "type": "Cloudflare", "alias": "a2", "account": "0123456789abcdef0123456789abcdef", "apiKey": "${CF_API_TOKEN}", "model1": "@cf/meta/llama-3.3-70b-instruct-fp8-fast" }
]
