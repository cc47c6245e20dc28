const x = [ {type:"Cloudflare",alias:"cf",account:"0123456789abcdef0123456789abcdef",apiKey:"${T}",model1:"@cf/meta/llama-2-7b-chat-int8"} ];
export { x as aiAssistants };
