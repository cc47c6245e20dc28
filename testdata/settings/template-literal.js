// Qarbine's documentation writes `Bearer {token}` in backticks. With ${…}
// inside, a backtick string is a JavaScript template literal: evaluated when
// the setting loads, where CF_AIG_TOKEN is not defined.
aiAssistants = [
  {
    type: 'OpenAI',
    alias: 'gpt',
    apiKey: '${OPENAI_API_KEY}',
    baseURI1: 'https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/my-ai-gateway/openai',
    "cf-aig-authorization": `Bearer ${CF_AIG_TOKEN}`,
    note: `say "hi"`,
  },
];
