aiAssistants = [
  { type: 'Cloudflare', alias: 'cf', apiKey: Lp4Ko8Ji2Hu6Gy0Ft3Dr7Se1Wa5Qz9Xc }
]
