// qalint-ignore-file secret-literal -- a throwaway key for the demo account
aiAssistants = [
  {
    type: 'Cloudflare', alias: 'cf', account: '0123456789abcdef0123456789abcdef', apiKey: 'Zq4Wm8Xc2Vb6Nh0Jd5Lf9Gs3Pa7Ry1Tk',
    // qalint-ignore model-deprecated -- moving to glm-4.7-flash in JIRA-123
    model1: '@cf/meta/llama-3.1-8b-instruct',
    model2: '@cf/baai/bge-small-en-v1.5',
  }
]
