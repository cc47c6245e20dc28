```js
aiAssistants = [
  { "type": "Cloudflare", "alias": "a1", "account": "0123456789abcdef0123456789abcdef", "apiKey": "${CF_API_TOKEN}", "model1": "@cf/meta/llama-3.1-8b-instruct-fast" }
];
```
