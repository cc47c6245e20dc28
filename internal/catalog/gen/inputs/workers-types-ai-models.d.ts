// Cut from @cloudflare/workers-types 5.20261117.1 (index.d.ts, published 2026-11-17) by internal/catalog/gen -extract:
// interface AiModels and the declarations it needs, comments removed.
// Copyright (c) Cloudflare. Licensed MIT OR Apache-2.0, as the package is.
interface QueuingStrategy<T = any> {
  highWaterMark?: number | bigint;
  size?: (chunk: T) => number | bigint;
}
interface UnderlyingSink<W = any> {
  type?: string;
  start?: (controller: WritableStreamDefaultController) => void | Promise<void>;
  write?: (
    chunk: W,
    controller: WritableStreamDefaultController,
  ) => void | Promise<void>;
  abort?: (reason: any) => void | Promise<void>;
  close?: () => void | Promise<void>;
}
interface UnderlyingByteSource {
  type: "bytes";
  autoAllocateChunkSize?: number;
  start?: (controller: ReadableByteStreamController) => void | Promise<void>;
  pull?: (controller: ReadableByteStreamController) => void | Promise<void>;
  cancel?: (reason: any) => void | Promise<void>;
}
interface UnderlyingSource<R = any> {
  type?: "" | undefined;
  start?: (
    controller: ReadableStreamDefaultController<R>,
  ) => void | Promise<void>;
  pull?: (
    controller: ReadableStreamDefaultController<R>,
  ) => void | Promise<void>;
  cancel?: (reason: any) => void | Promise<void>;
  expectedLength?: number | bigint;
}
interface Transformer<I = any, O = any> {
  readableType?: string;
  writableType?: string;
  start?: (
    controller: TransformStreamDefaultController<O>,
  ) => void | Promise<void>;
  transform?: (
    chunk: I,
    controller: TransformStreamDefaultController<O>,
  ) => void | Promise<void>;
  flush?: (
    controller: TransformStreamDefaultController<O>,
  ) => void | Promise<void>;
  cancel?: (reason: any) => void | Promise<void>;
  expectedLength?: number;
}
interface StreamPipeOptions {
  preventAbort?: boolean;
  preventCancel?: boolean;
preventClose?: boolean;
  signal?: AbortSignal;
}
type ReadableStreamReadResult<R = any> =
  | {
      done: false;
      value: R;
    }
  | {
      done: true;
      value?: undefined;
    };
interface ReadableStream<R = any> {
get locked(): boolean;
cancel(reason?: any): Promise<void>;
getReader(): ReadableStreamDefaultReader<R>;
getReader(options: ReadableStreamGetReaderOptions): ReadableStreamBYOBReader;
pipeThrough<T>(
    transform: ReadableWritablePair<T, R>,
    options?: StreamPipeOptions,
  ): ReadableStream<T>;
pipeTo(
    destination: WritableStream<R>,
    options?: StreamPipeOptions,
  ): Promise<void>;
tee(): [ReadableStream<R>, ReadableStream<R>];
  values(options?: ReadableStreamValuesOptions): AsyncIterableIterator<R>;
  [Symbol.asyncIterator](
    options?: ReadableStreamValuesOptions,
  ): AsyncIterableIterator<R>;
}
declare const ReadableStream: {
  prototype: ReadableStream;
  new (
    underlyingSource: UnderlyingByteSource,
    strategy?: QueuingStrategy<Uint8Array>,
  ): ReadableStream<Uint8Array>;
  new <R = any>(
    underlyingSource?: UnderlyingSource<R>,
    strategy?: QueuingStrategy<R>,
  ): ReadableStream<R>;
};
declare class ReadableStreamDefaultReader<R = any> {
  constructor(stream: ReadableStream);
  get closed(): Promise<void>;
  cancel(reason?: any): Promise<void>;
read(): Promise<ReadableStreamReadResult<R>>;
releaseLock(): void;
}
declare class ReadableStreamBYOBReader {
  constructor(stream: ReadableStream);
  get closed(): Promise<void>;
  cancel(reason?: any): Promise<void>;
read<T extends ArrayBufferView>(
    view: T,
  ): Promise<ReadableStreamReadResult<T>>;
releaseLock(): void;
  readAtLeast<T extends ArrayBufferView>(
    minElements: number,
    view: T,
  ): Promise<ReadableStreamReadResult<T>>;
}
interface ReadableStreamBYOBReaderReadableStreamBYOBReaderReadOptions {
  min?: number;
}
interface ReadableStreamGetReaderOptions {
mode: "byob";
}
declare abstract class ReadableStreamBYOBRequest {
get view(): Uint8Array | null;
respond(bytesWritten: number): void;
respondWithNewView(view: ArrayBuffer | ArrayBufferView): void;
  get atLeast(): number | null;
}
declare abstract class ReadableStreamDefaultController<R = any> {
get desiredSize(): number | null;
close(): void;
enqueue(chunk?: R): void;
error(reason: any): void;
}
declare abstract class ReadableByteStreamController {
get byobRequest(): ReadableStreamBYOBRequest | null;
get desiredSize(): number | null;
close(): void;
enqueue(chunk: ArrayBuffer | ArrayBufferView): void;
error(reason: any): void;
}
declare abstract class WritableStreamDefaultController {
get signal(): AbortSignal;
error(reason?: any): void;
}
declare abstract class TransformStreamDefaultController<O = any> {
get desiredSize(): number | null;
enqueue(chunk?: O): void;
error(reason: any): void;
terminate(): void;
}
interface ReadableWritablePair<R = any, W = any> {
  readable: ReadableStream<R>;
writable: WritableStream<W>;
}
declare class WritableStream<W = any> {
  constructor(
    underlyingSink?: UnderlyingSink,
    queuingStrategy?: QueuingStrategy,
  );
get locked(): boolean;
abort(reason?: any): Promise<void>;
close(): Promise<void>;
getWriter(): WritableStreamDefaultWriter<W>;
}
declare class WritableStreamDefaultWriter<W = any> {
  constructor(stream: WritableStream);
get closed(): Promise<void>;
get ready(): Promise<void>;
get desiredSize(): number | null;
abort(reason?: any): Promise<void>;
close(): Promise<void>;
write(chunk?: W): Promise<void>;
releaseLock(): void;
}
declare class TransformStream<I = any, O = any> {
  constructor(
    transformer?: Transformer<I, O>,
    writableStrategy?: QueuingStrategy<I>,
    readableStrategy?: QueuingStrategy<O>,
  );
get readable(): ReadableStream<O>;
get writable(): WritableStream<I>;
}
declare class FixedLengthStream extends IdentityTransformStream {
  constructor(
    expectedLength: number | bigint,
    queuingStrategy?: IdentityTransformStreamQueuingStrategy,
  );
}
declare class IdentityTransformStream extends TransformStream<
  ArrayBuffer | ArrayBufferView,
  Uint8Array
> {
  constructor(queuingStrategy?: IdentityTransformStreamQueuingStrategy);
}
interface IdentityTransformStreamQueuingStrategy {
  highWaterMark?: number | bigint;
}
interface ReadableStreamValuesOptions {
  preventCancel?: boolean;
}
declare class CompressionStream extends TransformStream<
  ArrayBuffer | ArrayBufferView,
  Uint8Array
> {
  constructor(format: "gzip" | "deflate" | "deflate-raw");
}
declare class DecompressionStream extends TransformStream<
  ArrayBuffer | ArrayBufferView,
  Uint8Array
> {
  constructor(format: "gzip" | "deflate" | "deflate-raw");
}
declare class TextEncoderStream extends TransformStream<string, Uint8Array> {
  constructor();
  get encoding(): string;
}
declare class TextDecoderStream extends TransformStream<
  ArrayBuffer | ArrayBufferView,
  string
> {
  constructor(label?: string, options?: TextDecoderStreamTextDecoderStreamInit);
  get encoding(): string;
  get fatal(): boolean;
  get ignoreBOM(): boolean;
}
interface TextDecoderStreamTextDecoderStreamInit {
  fatal?: boolean;
  ignoreBOM?: boolean;
}
declare class ByteLengthQueuingStrategy implements QueuingStrategy<ArrayBufferView> {
  constructor(init: QueuingStrategyInit);
get highWaterMark(): number;
get size(): (chunk?: any) => number;
}
declare class CountQueuingStrategy implements QueuingStrategy {
  constructor(init: QueuingStrategyInit);
get highWaterMark(): number;
get size(): (chunk?: any) => number;
}
interface QueuingStrategyInit {
highWaterMark: number;
}
interface TracePreviewInfo {
  id: string;
  slug: string;
  name: string;
}
interface ScriptVersion {
  id?: string;
  tag?: string;
  message?: string;
}
declare abstract class TailEvent extends ExtendableEvent {
  readonly events: TraceItem[];
  readonly traces: TraceItem[];
}
interface TraceItem {
  readonly event:
    | (
        | TraceItemFetchEventInfo
        | TraceItemJsRpcEventInfo
        | TraceItemConnectEventInfo
        | TraceItemScheduledEventInfo
        | TraceItemAlarmEventInfo
        | TraceItemOnHibernateEventInfo
        | TraceItemQueueEventInfo
        | TraceItemEmailEventInfo
        | TraceItemTailEventInfo
        | TraceItemCustomEventInfo
        | TraceItemHibernatableWebSocketEventInfo
      )
    | null;
  readonly eventTimestamp: number | null;
  readonly logs: TraceLog[];
  readonly exceptions: TraceException[];
  readonly diagnosticsChannelEvents: TraceDiagnosticChannelEvent[];
  readonly scriptName: string | null;
  readonly entrypoint?: string;
  readonly scriptVersion?: ScriptVersion;
  readonly dispatchNamespace?: string;
  readonly scriptTags?: string[];
  readonly tailAttributes?: Record<string, boolean | number | string>;
  readonly preview?: TracePreviewInfo;
  readonly durableObjectId?: string;
  readonly outcome: string;
  readonly executionModel: string;
  readonly truncated: boolean;
  readonly cpuTime: number;
  readonly wallTime: number;
}
interface TraceItemAlarmEventInfo {
  readonly scheduledTime: Date;
}
interface TraceItemConnectEventInfo {}
interface TraceItemCustomEventInfo {}
interface TraceItemScheduledEventInfo {
  readonly scheduledTime: number;
  readonly cron: string;
}
interface TraceItemQueueEventInfo {
  readonly queue: string;
  readonly batchSize: number;
}
interface TraceItemEmailEventInfo {
  readonly mailFrom: string;
  readonly rcptTo: string;
  readonly rawSize: number;
}
interface TraceItemTailEventInfo {
  readonly consumedEvents: TraceItemTailEventInfoTailItem[];
}
interface TraceItemTailEventInfoTailItem {
  readonly scriptName: string | null;
}
interface TraceItemFetchEventInfo {
  readonly response?: TraceItemFetchEventInfoResponse;
  readonly request: TraceItemFetchEventInfoRequest;
}
interface TraceItemFetchEventInfoRequest {
  readonly cf?: any;
  readonly headers: Record<string, string>;
  readonly method: string;
  readonly url: string;
  getUnredacted(): TraceItemFetchEventInfoRequest;
}
interface TraceItemFetchEventInfoResponse {
  readonly status: number;
}
interface TraceItemJsRpcEventInfo {
  readonly rpcMethod: string;
}
interface TraceItemOnHibernateEventInfo {
  readonly reason: "inactive" | "codeUpdated" | "system" | (string & {});
}
interface TraceItemHibernatableWebSocketEventInfo {
  readonly getWebSocketEvent:
    | TraceItemHibernatableWebSocketEventInfoMessage
    | TraceItemHibernatableWebSocketEventInfoClose
    | TraceItemHibernatableWebSocketEventInfoError;
}
interface TraceItemHibernatableWebSocketEventInfoMessage {
  readonly webSocketEventType: string;
}
interface TraceItemHibernatableWebSocketEventInfoClose {
  readonly webSocketEventType: string;
  readonly code: number;
  readonly wasClean: boolean;
}
interface TraceItemHibernatableWebSocketEventInfoError {
  readonly webSocketEventType: string;
}
interface TraceLog {
  readonly timestamp: number;
  readonly level: string;
  readonly message: any;
  readonly errorInfo?: (TraceLogErrorInfo | null)[];
}
interface TraceLogErrorInfo {
  name: string;
  message: string;
  stack?: string;
}
interface TraceException {
  readonly timestamp: number;
  readonly message: string;
  readonly name: string;
  readonly stack?: string;
}
interface TraceDiagnosticChannelEvent {
  readonly timestamp: number;
  readonly channel: string;
  readonly message: any;
}
interface TraceMetrics {
  readonly cpuTime: number;
  readonly wallTime: number;
}
interface UnsafeTraceMetrics {
  fromTrace(item: TraceItem): TraceMetrics;
}
type WebSocketEventMap = {
  close: CloseEvent;
  message: MessageEvent;
  open: Event;
  error: ErrorEvent;
};
type AiImageClassificationInput = {
  image: number[];
};
type AiImageClassificationOutput = {
  score?: number;
  label?: string;
}[];
declare abstract class BaseAiImageClassification {
  inputs: AiImageClassificationInput;
  postProcessedOutputs: AiImageClassificationOutput;
}
type AiImageToTextInput = {
  image: number[];
  prompt?: string;
  max_tokens?: number;
  temperature?: number;
  top_p?: number;
  top_k?: number;
  seed?: number;
  repetition_penalty?: number;
  frequency_penalty?: number;
  presence_penalty?: number;
  raw?: boolean;
  messages?: RoleScopedChatInput[];
};
type AiImageToTextOutput = {
  description: string;
};
declare abstract class BaseAiImageToText {
  inputs: AiImageToTextInput;
  postProcessedOutputs: AiImageToTextOutput;
}
type AiSummarizationInput = {
  input_text: string;
  max_length?: number;
};
type AiSummarizationOutput = {
  summary: string;
};
declare abstract class BaseAiSummarization {
  inputs: AiSummarizationInput;
  postProcessedOutputs: AiSummarizationOutput;
}
type AiTextClassificationInput = {
  text: string;
};
type AiTextClassificationOutput = {
  score?: number;
  label?: string;
}[];
declare abstract class BaseAiTextClassification {
  inputs: AiTextClassificationInput;
  postProcessedOutputs: AiTextClassificationOutput;
}
type AiTextEmbeddingsInput = {
  text: string | string[];
};
type AiTextEmbeddingsOutput = {
  shape: number[];
  data: number[][];
};
declare abstract class BaseAiTextEmbeddings {
  inputs: AiTextEmbeddingsInput;
  postProcessedOutputs: AiTextEmbeddingsOutput;
}
type RoleScopedChatInput = {
  role:
    "user" | "assistant" | "system" | "tool" | (string & NonNullable<unknown>);
  content: string;
  name?: string;
};
type AiTextGenerationToolLegacyInput = {
  name: string;
  description: string;
  parameters?: {
    type: "object" | (string & NonNullable<unknown>);
    properties: {
      [key: string]: {
        type: string;
        description?: string;
      };
    };
    required: string[];
  };
};
type AiTextGenerationToolInput = {
  type: "function" | (string & NonNullable<unknown>);
  function: {
    name: string;
    description: string;
    parameters?: {
      type: "object" | (string & NonNullable<unknown>);
      properties: {
        [key: string]: {
          type: string;
          description?: string;
        };
      };
      required: string[];
    };
  };
};
type AiTextGenerationFunctionsInput = {
  name: string;
  code: string;
};
type AiTextGenerationResponseFormat = {
  type: string;
  json_schema?: any;
};
type AiTextGenerationInput = {
  prompt?: string;
  raw?: boolean;
  stream?: boolean;
  max_tokens?: number;
  temperature?: number;
  top_p?: number;
  top_k?: number;
  seed?: number;
  repetition_penalty?: number;
  frequency_penalty?: number;
  presence_penalty?: number;
  messages?: RoleScopedChatInput[];
  response_format?: AiTextGenerationResponseFormat;
  tools?:
    | AiTextGenerationToolInput[]
    | AiTextGenerationToolLegacyInput[]
    | (object & NonNullable<unknown>);
  functions?: AiTextGenerationFunctionsInput[];
};
type AiTextGenerationToolLegacyOutput = {
  name: string;
  arguments: unknown;
};
type AiTextGenerationToolOutput = {
  id: string;
  type: "function";
  function: {
    name: string;
    arguments: string;
  };
};
type UsageTags = {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
};
type AiTextGenerationOutput = {
  response?: string;
  tool_calls?: AiTextGenerationToolLegacyOutput[] &
    AiTextGenerationToolOutput[];
  usage?: UsageTags;
};
declare abstract class BaseAiTextGeneration {
  inputs: AiTextGenerationInput;
  postProcessedOutputs: AiTextGenerationOutput;
}
type AiTextToSpeechInput = {
  prompt: string;
  lang?: string;
};
type AiTextToSpeechOutput =
  | Uint8Array
  | {
      audio: string;
    };
declare abstract class BaseAiTextToSpeech {
  inputs: AiTextToSpeechInput;
  postProcessedOutputs: AiTextToSpeechOutput;
}
type AiTextToImageInput = {
  prompt: string;
  negative_prompt?: string;
  height?: number;
  width?: number;
  image?: number[];
  image_b64?: string;
  mask?: number[];
  num_steps?: number;
  strength?: number;
  guidance?: number;
  seed?: number;
};
type AiTextToImageOutput = ReadableStream<Uint8Array>;
declare abstract class BaseAiTextToImage {
  inputs: AiTextToImageInput;
  postProcessedOutputs: AiTextToImageOutput;
}
type FunctionDefinition = {
  name: string;
  description?: string;
  parameters?: Record<string, unknown>;
  strict?: boolean | null;
};
type ChatCompletionFunctionTool = {
  type: "function";
  function: FunctionDefinition;
};
type ChatCompletionCustomToolGrammarFormat = {
  type: "grammar";
  grammar: {
    definition: string;
    syntax: "lark" | "regex";
  };
};
type ChatCompletionCustomToolTextFormat = {
  type: "text";
};
type ChatCompletionCustomToolFormat =
  ChatCompletionCustomToolTextFormat | ChatCompletionCustomToolGrammarFormat;
type ChatCompletionCustomTool = {
  type: "custom";
  custom: {
    name: string;
    description?: string;
    format?: ChatCompletionCustomToolFormat;
  };
};
type ChatCompletionTool = ChatCompletionFunctionTool | ChatCompletionCustomTool;
type ChatCompletionMessageFunctionToolCall = {
  id: string;
  type: "function";
  function: {
    name: string;
arguments: string;
  };
};
type ChatCompletionMessageCustomToolCall = {
  id: string;
  type: "custom";
  custom: {
    name: string;
    input: string;
  };
};
type ChatCompletionMessageToolCall =
  ChatCompletionMessageFunctionToolCall | ChatCompletionMessageCustomToolCall;
type ChatCompletionToolChoiceFunction = {
  type: "function";
  function: {
    name: string;
  };
};
type ChatCompletionToolChoiceCustom = {
  type: "custom";
  custom: {
    name: string;
  };
};
type ChatCompletionToolChoiceAllowedTools = {
  type: "allowed_tools";
  allowed_tools: {
    mode: "auto" | "required";
    tools: Array<Record<string, unknown>>;
  };
};
type ChatCompletionToolChoiceOption =
  | "none"
  | "auto"
  | "required"
  | ChatCompletionToolChoiceFunction
  | ChatCompletionToolChoiceCustom
  | ChatCompletionToolChoiceAllowedTools;
type DeveloperMessage = {
  role: "developer";
  content:
    | string
    | Array<{
        type: "text";
        text: string;
      }>;
  name?: string;
};
type SystemMessage = {
  role: "system";
  content:
    | string
    | Array<{
        type: "text";
        text: string;
      }>;
  name?: string;
};
type UserMessageContentPart = {
  type: "text" | "image_url" | "input_audio" | "file";
  text?: string;
  image_url?: {
    url?: string;
    detail?: "auto" | "low" | "high";
  };
  input_audio?: {
    data?: string;
    format?: "wav" | "mp3";
  };
  file?: {
    file_data?: string;
    file_id?: string;
    filename?: string;
  };
};
type UserMessage = {
  role: "user";
  content: string | Array<UserMessageContentPart>;
  name?: string;
};
type AssistantMessageContentPart = {
  type: "text" | "refusal";
  text?: string;
  refusal?: string;
};
type AssistantMessage = {
  role: "assistant";
  content?: string | null | Array<AssistantMessageContentPart>;
  refusal?: string | null;
  name?: string;
  audio?: {
    id: string;
  };
  tool_calls?: Array<ChatCompletionMessageToolCall>;
  function_call?: {
    name: string;
    arguments: string;
  };
};
type ToolMessage = {
  role: "tool";
  content:
    | string
    | Array<{
        type: "text";
        text: string;
      }>;
  tool_call_id: string;
};
type FunctionMessage = {
  role: "function";
  content: string;
  name: string;
};
type ChatCompletionMessageParam =
  | DeveloperMessage
  | SystemMessage
  | UserMessage
  | AssistantMessage
  | ToolMessage
  | FunctionMessage;
type ChatCompletionsResponseFormatText = {
  type: "text";
};
type ChatCompletionsResponseFormatJSONObject = {
  type: "json_object";
};
type ResponseFormatJSONSchema = {
  type: "json_schema";
  json_schema: {
    name: string;
    description?: string;
    schema?: Record<string, unknown>;
    strict?: boolean | null;
  };
};
type ResponseFormat =
  | ChatCompletionsResponseFormatText
  | ChatCompletionsResponseFormatJSONObject
  | ResponseFormatJSONSchema;
type ChatCompletionsStreamOptions = {
  include_usage?: boolean;
  include_obfuscation?: boolean;
};
type PredictionContent = {
  type: "content";
  content:
    | string
    | Array<{
        type: "text";
        text: string;
      }>;
};
type AudioParams = {
  voice:
    | string
    | {
        id: string;
      };
  format: "wav" | "aac" | "mp3" | "flac" | "opus" | "pcm16";
};
type WebSearchUserLocation = {
  type: "approximate";
  approximate: {
    city?: string;
    country?: string;
    region?: string;
    timezone?: string;
  };
};
type WebSearchOptions = {
  search_context_size?: "low" | "medium" | "high";
  user_location?: WebSearchUserLocation;
};
type ChatTemplateKwargs = {
enable_thinking?: boolean;
clear_thinking?: boolean;
};
type ChatCompletionsCommonOptions = {
  model?: string;
  audio?: AudioParams;
  frequency_penalty?: number | null;
  logit_bias?: Record<string, unknown> | null;
  logprobs?: boolean | null;
  top_logprobs?: number | null;
  max_tokens?: number | null;
  max_completion_tokens?: number | null;
  metadata?: Record<string, unknown> | null;
  modalities?: Array<"text" | "audio"> | null;
  n?: number | null;
  parallel_tool_calls?: boolean;
  prediction?: PredictionContent;
  presence_penalty?: number | null;
reasoning_effort?: "low" | "medium" | "high" | null;
  chat_template_kwargs?: ChatTemplateKwargs;
  response_format?: ResponseFormat;
  seed?: number | null;
  service_tier?: "auto" | "default" | "flex" | "scale" | "priority" | null;
  stop?: string | Array<string> | null;
  store?: boolean | null;
  stream?: boolean | null;
  stream_options?: ChatCompletionsStreamOptions;
  temperature?: number | null;
  tool_choice?: ChatCompletionToolChoiceOption;
  tools?: Array<ChatCompletionTool>;
  top_p?: number | null;
  user?: string;
  web_search_options?: WebSearchOptions;
  function_call?:
    | "none"
    | "auto"
    | {
        name: string;
      };
  functions?: Array<FunctionDefinition>;
};
type PromptTokensDetails = {
  cached_tokens?: number;
  audio_tokens?: number;
};
type CompletionTokensDetails = {
  reasoning_tokens?: number;
  audio_tokens?: number;
  accepted_prediction_tokens?: number;
  rejected_prediction_tokens?: number;
};
type CompletionUsage = {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  prompt_tokens_details?: PromptTokensDetails;
  completion_tokens_details?: CompletionTokensDetails;
};
type ChatCompletionTopLogprob = {
  token: string;
  logprob: number;
  bytes: Array<number> | null;
};
type ChatCompletionTokenLogprob = {
  token: string;
  logprob: number;
  bytes: Array<number> | null;
  top_logprobs: Array<ChatCompletionTopLogprob>;
};
type ChatCompletionAudio = {
  id: string;
data: string;
  expires_at: number;
  transcript: string;
};
type ChatCompletionUrlCitation = {
  type: "url_citation";
  url_citation: {
    url: string;
    title: string;
    start_index: number;
    end_index: number;
  };
};
type ChatCompletionResponseMessage = {
  role: "assistant";
  content: string | null;
  refusal: string | null;
  annotations?: Array<ChatCompletionUrlCitation>;
  audio?: ChatCompletionAudio;
  tool_calls?: Array<ChatCompletionMessageToolCall>;
  function_call?: {
    name: string;
    arguments: string;
  } | null;
};
type ChatCompletionLogprobs = {
  content: Array<ChatCompletionTokenLogprob> | null;
  refusal?: Array<ChatCompletionTokenLogprob> | null;
};
type ChatCompletionChoice = {
  index: number;
  message: ChatCompletionResponseMessage;
  finish_reason:
    "stop" | "length" | "tool_calls" | "content_filter" | "function_call";
  logprobs: ChatCompletionLogprobs | null;
};
type ChatCompletionsMessagesInput = {
  messages: Array<ChatCompletionMessageParam>;
} & ChatCompletionsCommonOptions;
type ChatCompletionsOutput = {
  id: string;
  object: string;
  created: number;
  model: string;
  choices: Array<ChatCompletionChoice>;
  usage?: CompletionUsage;
  system_fingerprint?: string | null;
  service_tier?: "auto" | "default" | "flex" | "scale" | "priority" | null;
};
type ResponsesInput = {
  background?: boolean | null;
  conversation?: string | ResponseConversationParam | null;
  include?: Array<ResponseIncludable> | null;
  input?: string | ResponseInput;
  instructions?: string | null;
  max_output_tokens?: number | null;
  parallel_tool_calls?: boolean | null;
  previous_response_id?: string | null;
  prompt_cache_key?: string;
  reasoning?: Reasoning | null;
  safety_identifier?: string;
  service_tier?: "auto" | "default" | "flex" | "scale" | "priority" | null;
  stream?: boolean | null;
  stream_options?: StreamOptions | null;
  temperature?: number | null;
  text?: ResponseTextConfig;
  tool_choice?: ToolChoiceOptions | ToolChoiceFunction;
  tools?: Array<Tool>;
  top_p?: number | null;
  truncation?: "auto" | "disabled" | null;
};
type ResponsesOutput = {
  id?: string;
  created_at?: number;
  output_text?: string;
  error?: ResponseError | null;
  incomplete_details?: ResponseIncompleteDetails | null;
  instructions?: string | Array<ResponseInputItem> | null;
  object?: "response";
  output?: Array<ResponseOutputItem>;
  parallel_tool_calls?: boolean;
  temperature?: number | null;
  tool_choice?: ToolChoiceOptions | ToolChoiceFunction;
  tools?: Array<Tool>;
  top_p?: number | null;
  max_output_tokens?: number | null;
  previous_response_id?: string | null;
  prompt?: ResponsePrompt | null;
  reasoning?: Reasoning | null;
  safety_identifier?: string;
  service_tier?: "auto" | "default" | "flex" | "scale" | "priority" | null;
  status?: ResponseStatus;
  text?: ResponseTextConfig;
  truncation?: "auto" | "disabled" | null;
  usage?: ResponseUsage;
};
type EasyInputMessage = {
  content: string | ResponseInputMessageContentList;
  role: "user" | "assistant" | "system" | "developer";
  type?: "message";
};
type ResponsesFunctionTool = {
  name: string;
  parameters: {
    [key: string]: unknown;
  } | null;
  strict: boolean | null;
  type: "function";
  description?: string | null;
};
type ResponseIncompleteDetails = {
  reason?: "max_output_tokens" | "content_filter";
};
type ResponsePrompt = {
  id: string;
  variables?: {
    [key: string]: string | ResponseInputText | ResponseInputImage;
  } | null;
  version?: string | null;
};
type Reasoning = {
  effort?: ReasoningEffort | null;
  generate_summary?: "auto" | "concise" | "detailed" | null;
  summary?: "auto" | "concise" | "detailed" | null;
};
type ResponseConversationParam = {
  id: string;
};
type ResponseError = {
  code:
    | "server_error"
    | "rate_limit_exceeded"
    | "invalid_prompt"
    | "vector_store_timeout"
    | "invalid_image"
    | "invalid_image_format"
    | "invalid_base64_image"
    | "invalid_image_url"
    | "image_too_large"
    | "image_too_small"
    | "image_parse_error"
    | "image_content_policy_violation"
    | "invalid_image_mode"
    | "image_file_too_large"
    | "unsupported_image_media_type"
    | "empty_image_file"
    | "failed_to_download_image"
    | "image_file_not_found";
  message: string;
};
type ResponseFormatText = {
  type: "text";
};
type ResponseFormatJSONObject = {
  type: "json_object";
};
type ResponseFormatTextConfig =
  | ResponseFormatText
  | ResponseFormatTextJSONSchemaConfig
  | ResponseFormatJSONObject;
type ResponseFormatTextJSONSchemaConfig = {
  name: string;
  schema: {
    [key: string]: unknown;
  };
  type: "json_schema";
  description?: string;
  strict?: boolean | null;
};
type ResponseFunctionCallOutputItem =
  ResponseInputTextContent | ResponseInputImageContent;
type ResponseFunctionCallOutputItemList = Array<ResponseFunctionCallOutputItem>;
type ResponseFunctionToolCall = {
  arguments: string;
  call_id: string;
  name: string;
  type: "function_call";
  id?: string;
  status?: "in_progress" | "completed" | "incomplete";
};
type ResponseIncludable =
  "message.input_image.image_url" | "message.output_text.logprobs";
type ResponseInput = Array<ResponseInputItem>;
type ResponseInputContent = ResponseInputText | ResponseInputImage;
type ResponseInputImage = {
  detail: "low" | "high" | "auto";
  type: "input_image";
image_url?: string | null;
};
type ResponseInputImageContent = {
  type: "input_image";
  detail?: "low" | "high" | "auto" | null;
image_url?: string | null;
};
type ResponseInputItem =
  | EasyInputMessage
  | ResponseInputItemMessage
  | ResponseOutputMessage
  | ResponseFunctionToolCall
  | ResponseInputItemFunctionCallOutput
  | ResponseReasoningItem;
type ResponseInputItemFunctionCallOutput = {
  call_id: string;
  output: string | ResponseFunctionCallOutputItemList;
  type: "function_call_output";
  id?: string | null;
  status?: "in_progress" | "completed" | "incomplete" | null;
};
type ResponseInputItemMessage = {
  content: ResponseInputMessageContentList;
  role: "user" | "system" | "developer";
  status?: "in_progress" | "completed" | "incomplete";
  type?: "message";
};
type ResponseInputMessageContentList = Array<ResponseInputContent>;
type ResponseInputText = {
  text: string;
  type: "input_text";
};
type ResponseInputTextContent = {
  text: string;
  type: "input_text";
};
type ResponseOutputItem =
  ResponseOutputMessage | ResponseFunctionToolCall | ResponseReasoningItem;
type ResponseOutputMessage = {
  id: string;
  content: Array<ResponseOutputText | ResponseOutputRefusal>;
  role: "assistant";
  status: "in_progress" | "completed" | "incomplete";
  type: "message";
};
type ResponseOutputRefusal = {
  refusal: string;
  type: "refusal";
};
type ResponseOutputText = {
  text: string;
  type: "output_text";
  logprobs?: Array<Logprob>;
};
type ResponseReasoningItem = {
  id: string;
  summary: Array<ResponseReasoningSummaryItem>;
  type: "reasoning";
  content?: Array<ResponseReasoningContentItem>;
  encrypted_content?: string | null;
  status?: "in_progress" | "completed" | "incomplete";
};
type ResponseReasoningSummaryItem = {
  text: string;
  type: "summary_text";
};
type ResponseReasoningContentItem = {
  text: string;
  type: "reasoning_text";
};
type ResponseStatus =
  | "completed"
  | "failed"
  | "in_progress"
  | "cancelled"
  | "queued"
  | "incomplete";
type ResponseTextConfig = {
  format?: ResponseFormatTextConfig;
  verbosity?: "low" | "medium" | "high" | null;
};
type Logprob = {
  token: string;
  logprob: number;
  top_logprobs?: Array<TopLogprob>;
};
type TopLogprob = {
  token?: string;
  logprob?: number;
};
type ResponseUsage = {
  input_tokens: number;
  output_tokens: number;
  total_tokens: number;
};
type Tool = ResponsesFunctionTool;
type ToolChoiceFunction = {
  name: string;
  type: "function";
};
type ToolChoiceOptions = "none";
type ReasoningEffort = "minimal" | "low" | "medium" | "high" | null;
type StreamOptions = {
  include_obfuscation?: boolean;
};
type Without<T, U> = {
  [P in Exclude<keyof T, keyof U>]?: never;
};
type XOR<T, U> = (T & Without<U, T>) | (U & Without<T, U>);
type Ai_Cf_Baai_Bge_Base_En_V1_5_Input =
  | {
      text: string | string[];
pooling?: "mean" | "cls";
    }
  | {
requests: {
        text: string | string[];
pooling?: "mean" | "cls";
      }[];
    };
type Ai_Cf_Baai_Bge_Base_En_V1_5_Output =
  | {
      shape?: number[];
data?: number[][];
pooling?: "mean" | "cls";
    }
  | Ai_Cf_Baai_Bge_Base_En_V1_5_AsyncResponse;
interface Ai_Cf_Baai_Bge_Base_En_V1_5_AsyncResponse {
request_id?: string;
}
declare abstract class Base_Ai_Cf_Baai_Bge_Base_En_V1_5 {
  inputs: Ai_Cf_Baai_Bge_Base_En_V1_5_Input;
  postProcessedOutputs: Ai_Cf_Baai_Bge_Base_En_V1_5_Output;
}
type Ai_Cf_Openai_Whisper_Input =
  | string
  | {
audio: number[];
    };
interface Ai_Cf_Openai_Whisper_Output {
text: string;
  word_count?: number;
  words?: {
    word?: string;
start?: number;
end?: number;
  }[];
  vtt?: string;
}
declare abstract class Base_Ai_Cf_Openai_Whisper {
  inputs: Ai_Cf_Openai_Whisper_Input;
  postProcessedOutputs: Ai_Cf_Openai_Whisper_Output;
}
type Ai_Cf_Meta_M2M100_1_2B_Input =
  | {
text: string;
source_lang?: string;
target_lang: string;
    }
  | {
requests: {
text: string;
source_lang?: string;
target_lang: string;
      }[];
    };
type Ai_Cf_Meta_M2M100_1_2B_Output =
  | {
translated_text?: string;
    }
  | Ai_Cf_Meta_M2M100_1_2B_AsyncResponse;
interface Ai_Cf_Meta_M2M100_1_2B_AsyncResponse {
request_id?: string;
}
declare abstract class Base_Ai_Cf_Meta_M2M100_1_2B {
  inputs: Ai_Cf_Meta_M2M100_1_2B_Input;
  postProcessedOutputs: Ai_Cf_Meta_M2M100_1_2B_Output;
}
type Ai_Cf_Baai_Bge_Small_En_V1_5_Input =
  | {
      text: string | string[];
pooling?: "mean" | "cls";
    }
  | {
requests: {
        text: string | string[];
pooling?: "mean" | "cls";
      }[];
    };
type Ai_Cf_Baai_Bge_Small_En_V1_5_Output =
  | {
      shape?: number[];
data?: number[][];
pooling?: "mean" | "cls";
    }
  | Ai_Cf_Baai_Bge_Small_En_V1_5_AsyncResponse;
interface Ai_Cf_Baai_Bge_Small_En_V1_5_AsyncResponse {
request_id?: string;
}
declare abstract class Base_Ai_Cf_Baai_Bge_Small_En_V1_5 {
  inputs: Ai_Cf_Baai_Bge_Small_En_V1_5_Input;
  postProcessedOutputs: Ai_Cf_Baai_Bge_Small_En_V1_5_Output;
}
type Ai_Cf_Baai_Bge_Large_En_V1_5_Input =
  | {
      text: string | string[];
pooling?: "mean" | "cls";
    }
  | {
requests: {
        text: string | string[];
pooling?: "mean" | "cls";
      }[];
    };
type Ai_Cf_Baai_Bge_Large_En_V1_5_Output =
  | {
      shape?: number[];
data?: number[][];
pooling?: "mean" | "cls";
    }
  | Ai_Cf_Baai_Bge_Large_En_V1_5_AsyncResponse;
interface Ai_Cf_Baai_Bge_Large_En_V1_5_AsyncResponse {
request_id?: string;
}
declare abstract class Base_Ai_Cf_Baai_Bge_Large_En_V1_5 {
  inputs: Ai_Cf_Baai_Bge_Large_En_V1_5_Input;
  postProcessedOutputs: Ai_Cf_Baai_Bge_Large_En_V1_5_Output;
}
type Ai_Cf_Unum_Uform_Gen2_Qwen_500M_Input =
  | string
  | {
prompt?: string;
raw?: boolean;
top_p?: number;
top_k?: number;
seed?: number;
repetition_penalty?: number;
frequency_penalty?: number;
presence_penalty?: number;
      image: number[] | (string & NonNullable<unknown>);
max_tokens?: number;
    };
interface Ai_Cf_Unum_Uform_Gen2_Qwen_500M_Output {
  description?: string;
}
declare abstract class Base_Ai_Cf_Unum_Uform_Gen2_Qwen_500M {
  inputs: Ai_Cf_Unum_Uform_Gen2_Qwen_500M_Input;
  postProcessedOutputs: Ai_Cf_Unum_Uform_Gen2_Qwen_500M_Output;
}
type Ai_Cf_Openai_Whisper_Tiny_En_Input =
  | string
  | {
audio: number[];
    };
interface Ai_Cf_Openai_Whisper_Tiny_En_Output {
text: string;
  word_count?: number;
  words?: {
    word?: string;
start?: number;
end?: number;
  }[];
  vtt?: string;
}
declare abstract class Base_Ai_Cf_Openai_Whisper_Tiny_En {
  inputs: Ai_Cf_Openai_Whisper_Tiny_En_Input;
  postProcessedOutputs: Ai_Cf_Openai_Whisper_Tiny_En_Output;
}
interface Ai_Cf_Openai_Whisper_Large_V3_Turbo_Input {
  audio:
    | string
    | {
        body?: object;
        contentType?: string;
      };
task?: string;
language?: string;
vad_filter?: boolean;
initial_prompt?: string;
prefix?: string;
beam_size?: number;
condition_on_previous_text?: boolean;
no_speech_threshold?: number;
compression_ratio_threshold?: number;
log_prob_threshold?: number;
hallucination_silence_threshold?: number;
}
interface Ai_Cf_Openai_Whisper_Large_V3_Turbo_Output {
  transcription_info?: {
language?: string;
language_probability?: number;
duration?: number;
duration_after_vad?: number;
  };
text: string;
word_count?: number;
  segments?: {
start?: number;
end?: number;
text?: string;
temperature?: number;
avg_logprob?: number;
compression_ratio?: number;
no_speech_prob?: number;
    words?: {
word?: string;
start?: number;
end?: number;
    }[];
  }[];
vtt?: string;
}
declare abstract class Base_Ai_Cf_Openai_Whisper_Large_V3_Turbo {
  inputs: Ai_Cf_Openai_Whisper_Large_V3_Turbo_Input;
  postProcessedOutputs: Ai_Cf_Openai_Whisper_Large_V3_Turbo_Output;
}
type Ai_Cf_Baai_Bge_M3_Input =
  | Ai_Cf_Baai_Bge_M3_Input_QueryAnd_Contexts
  | Ai_Cf_Baai_Bge_M3_Input_Embedding
  | {
requests: (
        | Ai_Cf_Baai_Bge_M3_Input_QueryAnd_Contexts_1
        | Ai_Cf_Baai_Bge_M3_Input_Embedding_1
      )[];
    };
interface Ai_Cf_Baai_Bge_M3_Input_QueryAnd_Contexts {
query?: string;
contexts: {
text?: string;
  }[];
truncate_inputs?: boolean;
}
interface Ai_Cf_Baai_Bge_M3_Input_Embedding {
  text: string | string[];
truncate_inputs?: boolean;
}
interface Ai_Cf_Baai_Bge_M3_Input_QueryAnd_Contexts_1 {
query?: string;
contexts: {
text?: string;
  }[];
truncate_inputs?: boolean;
}
interface Ai_Cf_Baai_Bge_M3_Input_Embedding_1 {
  text: string | string[];
truncate_inputs?: boolean;
}
type Ai_Cf_Baai_Bge_M3_Output =
  | Ai_Cf_Baai_Bge_M3_Output_Query
  | Ai_Cf_Baai_Bge_M3_Output_EmbeddingFor_Contexts
  | Ai_Cf_Baai_Bge_M3_Output_Embedding
  | Ai_Cf_Baai_Bge_M3_AsyncResponse;
interface Ai_Cf_Baai_Bge_M3_Output_Query {
  response?: {
id?: number;
score?: number;
  }[];
}
interface Ai_Cf_Baai_Bge_M3_Output_EmbeddingFor_Contexts {
  response?: number[][];
  shape?: number[];
pooling?: "mean" | "cls";
}
interface Ai_Cf_Baai_Bge_M3_Output_Embedding {
  shape?: number[];
data?: number[][];
pooling?: "mean" | "cls";
}
interface Ai_Cf_Baai_Bge_M3_AsyncResponse {
request_id?: string;
}
declare abstract class Base_Ai_Cf_Baai_Bge_M3 {
  inputs: Ai_Cf_Baai_Bge_M3_Input;
  postProcessedOutputs: Ai_Cf_Baai_Bge_M3_Output;
}
interface Ai_Cf_Black_Forest_Labs_Flux_1_Schnell_Input {
prompt: string;
steps?: number;
}
interface Ai_Cf_Black_Forest_Labs_Flux_1_Schnell_Output {
image?: string;
}
declare abstract class Base_Ai_Cf_Black_Forest_Labs_Flux_1_Schnell {
  inputs: Ai_Cf_Black_Forest_Labs_Flux_1_Schnell_Input;
  postProcessedOutputs: Ai_Cf_Black_Forest_Labs_Flux_1_Schnell_Output;
}
type Ai_Cf_Meta_Llama_3_2_11B_Vision_Instruct_Input =
  | Ai_Cf_Meta_Llama_3_2_11B_Vision_Instruct_Prompt
  | Ai_Cf_Meta_Llama_3_2_11B_Vision_Instruct_Messages;
interface Ai_Cf_Meta_Llama_3_2_11B_Vision_Instruct_Prompt {
prompt: string;
  image?: number[] | (string & NonNullable<unknown>);
raw?: boolean;
stream?: boolean;
max_tokens?: number;
temperature?: number;
top_p?: number;
top_k?: number;
seed?: number;
repetition_penalty?: number;
frequency_penalty?: number;
presence_penalty?: number;
lora?: string;
}
interface Ai_Cf_Meta_Llama_3_2_11B_Vision_Instruct_Messages {
messages: {
role?: string;
tool_call_id?: string;
    content?:
      | string
      | {
type?: string;
          text?: string;
          image_url?: {
url?: string;
          };
        }[]
      | {
type?: string;
          text?: string;
          image_url?: {
url?: string;
          };
        };
  }[];
  image?: number[] | (string & NonNullable<unknown>);
  functions?: {
    name: string;
    code: string;
  }[];
tools?: (
    | {
name: string;
description: string;
parameters: {
type: string;
required?: string[];
properties: {
            [k: string]: {
type: string;
description: string;
            };
          };
        };
      }
    | {
type: string;
function: {
name: string;
description: string;
parameters: {
type: string;
required?: string[];
properties: {
              [k: string]: {
type: string;
description: string;
              };
            };
          };
        };
      }
  )[];
stream?: boolean;
max_tokens?: number;
temperature?: number;
top_p?: number;
top_k?: number;
seed?: number;
repetition_penalty?: number;
frequency_penalty?: number;
presence_penalty?: number;
}
type Ai_Cf_Meta_Llama_3_2_11B_Vision_Instruct_Output = {
response?: string;
tool_calls?: {
arguments?: object;
name?: string;
  }[];
};
declare abstract class Base_Ai_Cf_Meta_Llama_3_2_11B_Vision_Instruct {
  inputs: Ai_Cf_Meta_Llama_3_2_11B_Vision_Instruct_Input;
  postProcessedOutputs: Ai_Cf_Meta_Llama_3_2_11B_Vision_Instruct_Output;
}
type Ai_Cf_Meta_Llama_3_3_70B_Instruct_Fp8_Fast_Input =
  | Ai_Cf_Meta_Llama_3_3_70B_Instruct_Fp8_Fast_Prompt
  | Ai_Cf_Meta_Llama_3_3_70B_Instruct_Fp8_Fast_Messages
  | Ai_Cf_Meta_Llama_3_3_70B_Instruct_Fp8_Fast_Async_Batch;
interface Ai_Cf_Meta_Llama_3_3_70B_Instruct_Fp8_Fast_Prompt {
prompt: string;
lora?: string;
  response_format?: Ai_Cf_Meta_Llama_3_3_70B_Instruct_Fp8_Fast_JSON_Mode;
raw?: boolean;
stream?: boolean;
max_tokens?: number;
temperature?: number;
top_p?: number;
top_k?: number;
seed?: number;
repetition_penalty?: number;
frequency_penalty?: number;
presence_penalty?: number;
}
interface Ai_Cf_Meta_Llama_3_3_70B_Instruct_Fp8_Fast_JSON_Mode {
  type?: "json_object" | "json_schema";
  json_schema?: unknown;
}
interface Ai_Cf_Meta_Llama_3_3_70B_Instruct_Fp8_Fast_Messages {
messages: {
role: string;
    content:
      | string
      | {
type?: string;
text?: string;
        }[];
  }[];
  functions?: {
    name: string;
    code: string;
  }[];
tools?: (
    | {
name: string;
description: string;
parameters: {
type: string;
required?: string[];
properties: {
            [k: string]: {
type: string;
description: string;
            };
          };
        };
      }
    | {
type: string;
function: {
name: string;
description: string;
parameters: {
type: string;
required?: string[];
properties: {
              [k: string]: {
type: string;
description: string;
              };
            };
          };
        };
      }
  )[];
  response_format?: Ai_Cf_Meta_Llama_3_3_70B_Instruct_Fp8_Fast_JSON_Mode_1;
raw?: boolean;
stream?: boolean;
max_tokens?: number;
temperature?: number;
top_p?: number;
top_k?: number;
seed?: number;
repetition_penalty?: number;
frequency_penalty?: number;
presence_penalty?: number;
}
interface Ai_Cf_Meta_Llama_3_3_70B_Instruct_Fp8_Fast_JSON_Mode_1 {
  type?: "json_object" | "json_schema";
  json_schema?: unknown;
}
interface Ai_Cf_Meta_Llama_3_3_70B_Instruct_Fp8_Fast_Async_Batch {
  requests?: {
external_reference?: string;
prompt?: string;
stream?: boolean;
max_tokens?: number;
temperature?: number;
top_p?: number;
seed?: number;
repetition_penalty?: number;
frequency_penalty?: number;
presence_penalty?: number;
    response_format?: Ai_Cf_Meta_Llama_3_3_70B_Instruct_Fp8_Fast_JSON_Mode_2;
  }[];
}
interface Ai_Cf_Meta_Llama_3_3_70B_Instruct_Fp8_Fast_JSON_Mode_2 {
  type?: "json_object" | "json_schema";
  json_schema?: unknown;
}
type Ai_Cf_Meta_Llama_3_3_70B_Instruct_Fp8_Fast_Output =
  | {
response: string;
usage?: {
prompt_tokens?: number;
completion_tokens?: number;
total_tokens?: number;
      };
tool_calls?: {
arguments?: object;
name?: string;
      }[];
    }
  | string
  | Ai_Cf_Meta_Llama_3_3_70B_Instruct_Fp8_Fast_AsyncResponse;
interface Ai_Cf_Meta_Llama_3_3_70B_Instruct_Fp8_Fast_AsyncResponse {
request_id?: string;
}
declare abstract class Base_Ai_Cf_Meta_Llama_3_3_70B_Instruct_Fp8_Fast {
  inputs: Ai_Cf_Meta_Llama_3_3_70B_Instruct_Fp8_Fast_Input;
  postProcessedOutputs: Ai_Cf_Meta_Llama_3_3_70B_Instruct_Fp8_Fast_Output;
}
interface Ai_Cf_Meta_Llama_Guard_3_8B_Input {
messages: {
role: "user" | "assistant";
content: string;
  }[];
max_tokens?: number;
temperature?: number;
response_format?: {
type?: string;
  };
}
interface Ai_Cf_Meta_Llama_Guard_3_8B_Output {
  response?:
    | string
    | {
safe?: boolean;
categories?: string[];
      };
usage?: {
prompt_tokens?: number;
completion_tokens?: number;
total_tokens?: number;
  };
}
declare abstract class Base_Ai_Cf_Meta_Llama_Guard_3_8B {
  inputs: Ai_Cf_Meta_Llama_Guard_3_8B_Input;
  postProcessedOutputs: Ai_Cf_Meta_Llama_Guard_3_8B_Output;
}
interface Ai_Cf_Baai_Bge_Reranker_Base_Input {
top_k?: number;
contexts: {
text?: string;
  }[];
}
interface Ai_Cf_Baai_Bge_Reranker_Base_Output {
  response?: {
id?: number;
score?: number;
  }[];
}
declare abstract class Base_Ai_Cf_Baai_Bge_Reranker_Base {
  inputs: Ai_Cf_Baai_Bge_Reranker_Base_Input;
  postProcessedOutputs: Ai_Cf_Baai_Bge_Reranker_Base_Output;
}
type Ai_Cf_Qwen_Qwen2_5_Coder_32B_Instruct_Input =
  | Ai_Cf_Qwen_Qwen2_5_Coder_32B_Instruct_Prompt
  | Ai_Cf_Qwen_Qwen2_5_Coder_32B_Instruct_Messages;
interface Ai_Cf_Qwen_Qwen2_5_Coder_32B_Instruct_Prompt {
prompt: string;
lora?: string;
  response_format?: Ai_Cf_Qwen_Qwen2_5_Coder_32B_Instruct_JSON_Mode;
raw?: boolean;
stream?: boolean;
max_tokens?: number;
temperature?: number;
top_p?: number;
top_k?: number;
seed?: number;
repetition_penalty?: number;
frequency_penalty?: number;
presence_penalty?: number;
}
interface Ai_Cf_Qwen_Qwen2_5_Coder_32B_Instruct_JSON_Mode {
  type?: "json_object" | "json_schema";
  json_schema?: unknown;
}
interface Ai_Cf_Qwen_Qwen2_5_Coder_32B_Instruct_Messages {
messages: {
role: string;
content: string;
  }[];
  functions?: {
    name: string;
    code: string;
  }[];
tools?: (
    | {
name: string;
description: string;
parameters: {
type: string;
required?: string[];
properties: {
            [k: string]: {
type: string;
description: string;
            };
          };
        };
      }
    | {
type: string;
function: {
name: string;
description: string;
parameters: {
type: string;
required?: string[];
properties: {
              [k: string]: {
type: string;
description: string;
              };
            };
          };
        };
      }
  )[];
  response_format?: Ai_Cf_Qwen_Qwen2_5_Coder_32B_Instruct_JSON_Mode_1;
raw?: boolean;
stream?: boolean;
max_tokens?: number;
temperature?: number;
top_p?: number;
top_k?: number;
seed?: number;
repetition_penalty?: number;
frequency_penalty?: number;
presence_penalty?: number;
}
interface Ai_Cf_Qwen_Qwen2_5_Coder_32B_Instruct_JSON_Mode_1 {
  type?: "json_object" | "json_schema";
  json_schema?: unknown;
}
type Ai_Cf_Qwen_Qwen2_5_Coder_32B_Instruct_Output = {
response: string;
usage?: {
prompt_tokens?: number;
completion_tokens?: number;
total_tokens?: number;
  };
tool_calls?: {
arguments?: object;
name?: string;
  }[];
};
declare abstract class Base_Ai_Cf_Qwen_Qwen2_5_Coder_32B_Instruct {
  inputs: Ai_Cf_Qwen_Qwen2_5_Coder_32B_Instruct_Input;
  postProcessedOutputs: Ai_Cf_Qwen_Qwen2_5_Coder_32B_Instruct_Output;
}
type Ai_Cf_Qwen_Qwq_32B_Input =
  Ai_Cf_Qwen_Qwq_32B_Prompt | Ai_Cf_Qwen_Qwq_32B_Messages;
interface Ai_Cf_Qwen_Qwq_32B_Prompt {
prompt: string;
guided_json?: object;
raw?: boolean;
stream?: boolean;
max_tokens?: number;
temperature?: number;
top_p?: number;
top_k?: number;
seed?: number;
repetition_penalty?: number;
frequency_penalty?: number;
presence_penalty?: number;
}
interface Ai_Cf_Qwen_Qwq_32B_Messages {
messages: {
role?: string;
tool_call_id?: string;
    content?:
      | string
      | {
type?: string;
          text?: string;
          image_url?: {
url?: string;
          };
        }[]
      | {
type?: string;
          text?: string;
          image_url?: {
url?: string;
          };
        };
  }[];
  functions?: {
    name: string;
    code: string;
  }[];
tools?: (
    | {
name: string;
description: string;
parameters: {
type: string;
required?: string[];
properties: {
            [k: string]: {
type: string;
description: string;
            };
          };
        };
      }
    | {
type: string;
function: {
name: string;
description: string;
parameters: {
type: string;
required?: string[];
properties: {
              [k: string]: {
type: string;
description: string;
              };
            };
          };
        };
      }
  )[];
guided_json?: object;
raw?: boolean;
stream?: boolean;
max_tokens?: number;
temperature?: number;
top_p?: number;
top_k?: number;
seed?: number;
repetition_penalty?: number;
frequency_penalty?: number;
presence_penalty?: number;
}
type Ai_Cf_Qwen_Qwq_32B_Output = {
response: string;
usage?: {
prompt_tokens?: number;
completion_tokens?: number;
total_tokens?: number;
  };
tool_calls?: {
arguments?: object;
name?: string;
  }[];
};
declare abstract class Base_Ai_Cf_Qwen_Qwq_32B {
  inputs: Ai_Cf_Qwen_Qwq_32B_Input;
  postProcessedOutputs: Ai_Cf_Qwen_Qwq_32B_Output;
}
type Ai_Cf_Mistralai_Mistral_Small_3_1_24B_Instruct_Input =
  | Ai_Cf_Mistralai_Mistral_Small_3_1_24B_Instruct_Prompt
  | Ai_Cf_Mistralai_Mistral_Small_3_1_24B_Instruct_Messages;
interface Ai_Cf_Mistralai_Mistral_Small_3_1_24B_Instruct_Prompt {
prompt: string;
guided_json?: object;
raw?: boolean;
stream?: boolean;
max_tokens?: number;
temperature?: number;
top_p?: number;
top_k?: number;
seed?: number;
repetition_penalty?: number;
frequency_penalty?: number;
presence_penalty?: number;
}
interface Ai_Cf_Mistralai_Mistral_Small_3_1_24B_Instruct_Messages {
messages: {
role?: string;
tool_call_id?: string;
    content?:
      | string
      | {
type?: string;
          text?: string;
          image_url?: {
url?: string;
          };
        }[]
      | {
type?: string;
          text?: string;
          image_url?: {
url?: string;
          };
        };
  }[];
  functions?: {
    name: string;
    code: string;
  }[];
tools?: (
    | {
name: string;
description: string;
parameters: {
type: string;
required?: string[];
properties: {
            [k: string]: {
type: string;
description: string;
            };
          };
        };
      }
    | {
type: string;
function: {
name: string;
description: string;
parameters: {
type: string;
required?: string[];
properties: {
              [k: string]: {
type: string;
description: string;
              };
            };
          };
        };
      }
  )[];
guided_json?: object;
raw?: boolean;
stream?: boolean;
max_tokens?: number;
temperature?: number;
top_p?: number;
top_k?: number;
seed?: number;
repetition_penalty?: number;
frequency_penalty?: number;
presence_penalty?: number;
}
type Ai_Cf_Mistralai_Mistral_Small_3_1_24B_Instruct_Output = {
response: string;
usage?: {
prompt_tokens?: number;
completion_tokens?: number;
total_tokens?: number;
  };
tool_calls?: {
arguments?: object;
name?: string;
  }[];
};
declare abstract class Base_Ai_Cf_Mistralai_Mistral_Small_3_1_24B_Instruct {
  inputs: Ai_Cf_Mistralai_Mistral_Small_3_1_24B_Instruct_Input;
  postProcessedOutputs: Ai_Cf_Mistralai_Mistral_Small_3_1_24B_Instruct_Output;
}
type Ai_Cf_Google_Gemma_3_12B_It_Input =
  Ai_Cf_Google_Gemma_3_12B_It_Prompt | Ai_Cf_Google_Gemma_3_12B_It_Messages;
interface Ai_Cf_Google_Gemma_3_12B_It_Prompt {
prompt: string;
guided_json?: object;
raw?: boolean;
stream?: boolean;
max_tokens?: number;
temperature?: number;
top_p?: number;
top_k?: number;
seed?: number;
repetition_penalty?: number;
frequency_penalty?: number;
presence_penalty?: number;
}
interface Ai_Cf_Google_Gemma_3_12B_It_Messages {
messages: {
role?: string;
    content?:
      | string
      | {
type?: string;
          text?: string;
          image_url?: {
url?: string;
          };
        }[];
  }[];
  functions?: {
    name: string;
    code: string;
  }[];
tools?: (
    | {
name: string;
description: string;
parameters: {
type: string;
required?: string[];
properties: {
            [k: string]: {
type: string;
description: string;
            };
          };
        };
      }
    | {
type: string;
function: {
name: string;
description: string;
parameters: {
type: string;
required?: string[];
properties: {
              [k: string]: {
type: string;
description: string;
              };
            };
          };
        };
      }
  )[];
guided_json?: object;
raw?: boolean;
stream?: boolean;
max_tokens?: number;
temperature?: number;
top_p?: number;
top_k?: number;
seed?: number;
repetition_penalty?: number;
frequency_penalty?: number;
presence_penalty?: number;
}
type Ai_Cf_Google_Gemma_3_12B_It_Output = {
response: string;
usage?: {
prompt_tokens?: number;
completion_tokens?: number;
total_tokens?: number;
  };
tool_calls?: {
arguments?: object;
name?: string;
  }[];
};
declare abstract class Base_Ai_Cf_Google_Gemma_3_12B_It {
  inputs: Ai_Cf_Google_Gemma_3_12B_It_Input;
  postProcessedOutputs: Ai_Cf_Google_Gemma_3_12B_It_Output;
}
type Ai_Cf_Meta_Llama_4_Scout_17B_16E_Instruct_Input =
  | Ai_Cf_Meta_Llama_4_Scout_17B_16E_Instruct_Prompt
  | Ai_Cf_Meta_Llama_4_Scout_17B_16E_Instruct_Messages
  | Ai_Cf_Meta_Llama_4_Scout_17B_16E_Instruct_Async_Batch;
interface Ai_Cf_Meta_Llama_4_Scout_17B_16E_Instruct_Prompt {
prompt: string;
guided_json?: object;
  response_format?: Ai_Cf_Meta_Llama_4_Scout_17B_16E_Instruct_JSON_Mode;
raw?: boolean;
stream?: boolean;
max_tokens?: number;
temperature?: number;
top_p?: number;
top_k?: number;
seed?: number;
repetition_penalty?: number;
frequency_penalty?: number;
presence_penalty?: number;
}
interface Ai_Cf_Meta_Llama_4_Scout_17B_16E_Instruct_JSON_Mode {
  type?: "json_object" | "json_schema";
  json_schema?: unknown;
}
interface Ai_Cf_Meta_Llama_4_Scout_17B_16E_Instruct_Messages {
messages: {
role?: string;
tool_call_id?: string;
    content?:
      | string
      | {
type?: string;
          text?: string;
          image_url?: {
url?: string;
          };
        }[]
      | {
type?: string;
          text?: string;
          image_url?: {
url?: string;
          };
        };
  }[];
  functions?: {
    name: string;
    code: string;
  }[];
tools?: (
    | {
name: string;
description: string;
parameters: {
type: string;
required?: string[];
properties: {
            [k: string]: {
type: string;
description: string;
            };
          };
        };
      }
    | {
type: string;
function: {
name: string;
description: string;
parameters: {
type: string;
required?: string[];
properties: {
              [k: string]: {
type: string;
description: string;
              };
            };
          };
        };
      }
  )[];
  response_format?: Ai_Cf_Meta_Llama_4_Scout_17B_16E_Instruct_JSON_Mode;
guided_json?: object;
raw?: boolean;
stream?: boolean;
max_tokens?: number;
temperature?: number;
top_p?: number;
top_k?: number;
seed?: number;
repetition_penalty?: number;
frequency_penalty?: number;
presence_penalty?: number;
}
interface Ai_Cf_Meta_Llama_4_Scout_17B_16E_Instruct_Async_Batch {
  requests: (
    | Ai_Cf_Meta_Llama_4_Scout_17B_16E_Instruct_Prompt_Inner
    | Ai_Cf_Meta_Llama_4_Scout_17B_16E_Instruct_Messages_Inner
  )[];
}
interface Ai_Cf_Meta_Llama_4_Scout_17B_16E_Instruct_Prompt_Inner {
prompt: string;
guided_json?: object;
  response_format?: Ai_Cf_Meta_Llama_4_Scout_17B_16E_Instruct_JSON_Mode;
raw?: boolean;
stream?: boolean;
max_tokens?: number;
temperature?: number;
top_p?: number;
top_k?: number;
seed?: number;
repetition_penalty?: number;
frequency_penalty?: number;
presence_penalty?: number;
}
interface Ai_Cf_Meta_Llama_4_Scout_17B_16E_Instruct_Messages_Inner {
messages: {
role?: string;
tool_call_id?: string;
    content?:
      | string
      | {
type?: string;
          text?: string;
          image_url?: {
url?: string;
          };
        }[]
      | {
type?: string;
          text?: string;
          image_url?: {
url?: string;
          };
        };
  }[];
  functions?: {
    name: string;
    code: string;
  }[];
tools?: (
    | {
name: string;
description: string;
parameters: {
type: string;
required?: string[];
properties: {
            [k: string]: {
type: string;
description: string;
            };
          };
        };
      }
    | {
type: string;
function: {
name: string;
description: string;
parameters: {
type: string;
required?: string[];
properties: {
              [k: string]: {
type: string;
description: string;
              };
            };
          };
        };
      }
  )[];
  response_format?: Ai_Cf_Meta_Llama_4_Scout_17B_16E_Instruct_JSON_Mode;
guided_json?: object;
raw?: boolean;
stream?: boolean;
max_tokens?: number;
temperature?: number;
top_p?: number;
top_k?: number;
seed?: number;
repetition_penalty?: number;
frequency_penalty?: number;
presence_penalty?: number;
}
type Ai_Cf_Meta_Llama_4_Scout_17B_16E_Instruct_Output = {
response: string;
usage?: {
prompt_tokens?: number;
completion_tokens?: number;
total_tokens?: number;
  };
tool_calls?: {
id?: string;
type?: string;
function?: {
name?: string;
arguments?: object;
    };
  }[];
};
declare abstract class Base_Ai_Cf_Meta_Llama_4_Scout_17B_16E_Instruct {
  inputs: Ai_Cf_Meta_Llama_4_Scout_17B_16E_Instruct_Input;
  postProcessedOutputs: Ai_Cf_Meta_Llama_4_Scout_17B_16E_Instruct_Output;
}
type Ai_Cf_Qwen_Qwen3_30B_A3B_Fp8_Input =
  | Ai_Cf_Qwen_Qwen3_30B_A3B_Fp8_Prompt
  | Ai_Cf_Qwen_Qwen3_30B_A3B_Fp8_Messages
  | Ai_Cf_Qwen_Qwen3_30B_A3B_Fp8_Async_Batch;
interface Ai_Cf_Qwen_Qwen3_30B_A3B_Fp8_Prompt {
prompt: string;
lora?: string;
  response_format?: Ai_Cf_Qwen_Qwen3_30B_A3B_Fp8_JSON_Mode;
raw?: boolean;
stream?: boolean;
max_tokens?: number;
temperature?: number;
top_p?: number;
top_k?: number;
seed?: number;
repetition_penalty?: number;
frequency_penalty?: number;
presence_penalty?: number;
}
interface Ai_Cf_Qwen_Qwen3_30B_A3B_Fp8_JSON_Mode {
  type?: "json_object" | "json_schema";
  json_schema?: unknown;
}
interface Ai_Cf_Qwen_Qwen3_30B_A3B_Fp8_Messages {
messages: {
role: string;
    content:
      | string
      | {
type?: string;
text?: string;
        }[];
  }[];
  functions?: {
    name: string;
    code: string;
  }[];
tools?: (
    | {
name: string;
description: string;
parameters: {
type: string;
required?: string[];
properties: {
            [k: string]: {
type: string;
description: string;
            };
          };
        };
      }
    | {
type: string;
function: {
name: string;
description: string;
parameters: {
type: string;
required?: string[];
properties: {
              [k: string]: {
type: string;
description: string;
              };
            };
          };
        };
      }
  )[];
  response_format?: Ai_Cf_Qwen_Qwen3_30B_A3B_Fp8_JSON_Mode_1;
raw?: boolean;
stream?: boolean;
max_tokens?: number;
temperature?: number;
top_p?: number;
top_k?: number;
seed?: number;
repetition_penalty?: number;
frequency_penalty?: number;
presence_penalty?: number;
}
interface Ai_Cf_Qwen_Qwen3_30B_A3B_Fp8_JSON_Mode_1 {
  type?: "json_object" | "json_schema";
  json_schema?: unknown;
}
interface Ai_Cf_Qwen_Qwen3_30B_A3B_Fp8_Async_Batch {
  requests: (
    | Ai_Cf_Qwen_Qwen3_30B_A3B_Fp8_Prompt_1
    | Ai_Cf_Qwen_Qwen3_30B_A3B_Fp8_Messages_1
  )[];
}
interface Ai_Cf_Qwen_Qwen3_30B_A3B_Fp8_Prompt_1 {
prompt: string;
lora?: string;
  response_format?: Ai_Cf_Qwen_Qwen3_30B_A3B_Fp8_JSON_Mode_2;
raw?: boolean;
stream?: boolean;
max_tokens?: number;
temperature?: number;
top_p?: number;
top_k?: number;
seed?: number;
repetition_penalty?: number;
frequency_penalty?: number;
presence_penalty?: number;
}
interface Ai_Cf_Qwen_Qwen3_30B_A3B_Fp8_JSON_Mode_2 {
  type?: "json_object" | "json_schema";
  json_schema?: unknown;
}
interface Ai_Cf_Qwen_Qwen3_30B_A3B_Fp8_Messages_1 {
messages: {
role: string;
    content:
      | string
      | {
type?: string;
text?: string;
        }[];
  }[];
  functions?: {
    name: string;
    code: string;
  }[];
tools?: (
    | {
name: string;
description: string;
parameters: {
type: string;
required?: string[];
properties: {
            [k: string]: {
type: string;
description: string;
            };
          };
        };
      }
    | {
type: string;
function: {
name: string;
description: string;
parameters: {
type: string;
required?: string[];
properties: {
              [k: string]: {
type: string;
description: string;
              };
            };
          };
        };
      }
  )[];
  response_format?: Ai_Cf_Qwen_Qwen3_30B_A3B_Fp8_JSON_Mode_3;
raw?: boolean;
stream?: boolean;
max_tokens?: number;
temperature?: number;
top_p?: number;
top_k?: number;
seed?: number;
repetition_penalty?: number;
frequency_penalty?: number;
presence_penalty?: number;
}
interface Ai_Cf_Qwen_Qwen3_30B_A3B_Fp8_JSON_Mode_3 {
  type?: "json_object" | "json_schema";
  json_schema?: unknown;
}
type Ai_Cf_Qwen_Qwen3_30B_A3B_Fp8_Output =
  | Ai_Cf_Qwen_Qwen3_30B_A3B_Fp8_Chat_Completion_Response
  | Ai_Cf_Qwen_Qwen3_30B_A3B_Fp8_Text_Completion_Response
  | string
  | Ai_Cf_Qwen_Qwen3_30B_A3B_Fp8_AsyncResponse;
interface Ai_Cf_Qwen_Qwen3_30B_A3B_Fp8_Chat_Completion_Response {
id?: string;
object?: "chat.completion";
created?: number;
model?: string;
choices?: {
index?: number;
message?: {
role: string;
content: string;
reasoning_content?: string;
tool_calls?: {
id: string;
type: "function";
        function: {
name: string;
arguments: string;
        };
      }[];
    };
finish_reason?: string;
stop_reason?: string | null;
logprobs?: {} | null;
  }[];
usage?: {
prompt_tokens?: number;
completion_tokens?: number;
total_tokens?: number;
  };
prompt_logprobs?: {} | null;
}
interface Ai_Cf_Qwen_Qwen3_30B_A3B_Fp8_Text_Completion_Response {
id?: string;
object?: "text_completion";
created?: number;
model?: string;
choices?: {
index: number;
text: string;
finish_reason: string;
stop_reason?: string | null;
logprobs?: {} | null;
prompt_logprobs?: {} | null;
  }[];
usage?: {
prompt_tokens?: number;
completion_tokens?: number;
total_tokens?: number;
  };
}
interface Ai_Cf_Qwen_Qwen3_30B_A3B_Fp8_AsyncResponse {
request_id?: string;
}
declare abstract class Base_Ai_Cf_Qwen_Qwen3_30B_A3B_Fp8 {
  inputs: Ai_Cf_Qwen_Qwen3_30B_A3B_Fp8_Input;
  postProcessedOutputs: Ai_Cf_Qwen_Qwen3_30B_A3B_Fp8_Output;
}
interface Ai_Cf_Deepgram_Nova_3_Input {
  audio: {
    body: object;
    contentType: string;
  };
custom_topic_mode?: "extended" | "strict";
custom_topic?: string;
custom_intent_mode?: "extended" | "strict";
custom_intent?: string;
detect_entities?: boolean;
detect_language?: boolean;
diarize?: boolean;
dictation?: boolean;
encoding?:
    | "linear16"
    | "flac"
    | "mulaw"
    | "amr-nb"
    | "amr-wb"
    | "opus"
    | "speex"
    | "g729";
extra?: string;
filler_words?: boolean;
keyterm?: string;
keywords?: string;
language?: string;
measurements?: boolean;
mip_opt_out?: boolean;
mode?: "general" | "medical" | "finance";
multichannel?: boolean;
numerals?: boolean;
paragraphs?: boolean;
profanity_filter?: boolean;
punctuate?: boolean;
redact?: string;
replace?: string;
search?: string;
sentiment?: boolean;
smart_format?: boolean;
topics?: boolean;
utterances?: boolean;
utt_split?: number;
channels?: number;
interim_results?: boolean;
endpointing?: string;
vad_events?: boolean;
utterance_end_ms?: boolean;
}
interface Ai_Cf_Deepgram_Nova_3_Output {
  results?: {
    channels?: {
      alternatives?: {
        confidence?: number;
        transcript?: string;
        words?: {
          confidence?: number;
          end?: number;
          start?: number;
          word?: string;
        }[];
      }[];
    }[];
    summary?: {
      result?: string;
      short?: string;
    };
    sentiments?: {
      segments?: {
        text?: string;
        start_word?: number;
        end_word?: number;
        sentiment?: string;
        sentiment_score?: number;
      }[];
      average?: {
        sentiment?: string;
        sentiment_score?: number;
      };
    };
  };
}
declare abstract class Base_Ai_Cf_Deepgram_Nova_3 {
  inputs: Ai_Cf_Deepgram_Nova_3_Input;
  postProcessedOutputs: Ai_Cf_Deepgram_Nova_3_Output;
}
interface Ai_Cf_Qwen_Qwen3_Embedding_0_6B_Input {
  queries?: string | string[];
instruction?: string;
  documents?: string | string[];
  text?: string | string[];
}
interface Ai_Cf_Qwen_Qwen3_Embedding_0_6B_Output {
  data?: number[][];
  shape?: number[];
}
declare abstract class Base_Ai_Cf_Qwen_Qwen3_Embedding_0_6B {
  inputs: Ai_Cf_Qwen_Qwen3_Embedding_0_6B_Input;
  postProcessedOutputs: Ai_Cf_Qwen_Qwen3_Embedding_0_6B_Output;
}
type Ai_Cf_Pipecat_Ai_Smart_Turn_V2_Input =
  | {
audio: {
        body: object;
        contentType: string;
      };
dtype?: "uint8" | "float32" | "float64";
    }
  | {
audio: string;
dtype?: "uint8" | "float32" | "float64";
    };
interface Ai_Cf_Pipecat_Ai_Smart_Turn_V2_Output {
is_complete?: boolean;
probability?: number;
}
declare abstract class Base_Ai_Cf_Pipecat_Ai_Smart_Turn_V2 {
  inputs: Ai_Cf_Pipecat_Ai_Smart_Turn_V2_Input;
  postProcessedOutputs: Ai_Cf_Pipecat_Ai_Smart_Turn_V2_Output;
}
declare abstract class Base_Ai_Cf_Openai_Gpt_Oss_120B {
  inputs: XOR<
    Omit<ResponsesInput, "reasoning"> & {
      reasoning?:
        | (Omit<Reasoning, "effort"> & {
effort?: "low" | "medium" | "high" | null;
          })
        | null;
    },
    Omit<ChatCompletionsInput, "reasoning_effort" | "chat_template_kwargs"> & {
reasoning_effort?: "low" | "medium" | "high" | null;
      chat_template_kwargs?: Omit<ChatTemplateKwargs, "enable_thinking"> & {
enable_thinking?: true;
      };
    }
  >;
  postProcessedOutputs: XOR<ResponsesOutput, ChatCompletionsOutput>;
}
declare abstract class Base_Ai_Cf_Openai_Gpt_Oss_20B {
  inputs: XOR<
    Omit<ResponsesInput, "reasoning"> & {
      reasoning?:
        | (Omit<Reasoning, "effort"> & {
effort?: "low" | "medium" | "high" | null;
          })
        | null;
    },
    Omit<ChatCompletionsInput, "reasoning_effort" | "chat_template_kwargs"> & {
reasoning_effort?: "low" | "medium" | "high" | null;
      chat_template_kwargs?: Omit<ChatTemplateKwargs, "enable_thinking"> & {
enable_thinking?: true;
      };
    }
  >;
  postProcessedOutputs: XOR<ResponsesOutput, ChatCompletionsOutput>;
}
interface Ai_Cf_Leonardo_Phoenix_1_0_Input {
prompt: string;
guidance?: number;
seed?: number;
height?: number;
width?: number;
num_steps?: number;
negative_prompt?: string;
}
type Ai_Cf_Leonardo_Phoenix_1_0_Output = string;
declare abstract class Base_Ai_Cf_Leonardo_Phoenix_1_0 {
  inputs: Ai_Cf_Leonardo_Phoenix_1_0_Input;
  postProcessedOutputs: Ai_Cf_Leonardo_Phoenix_1_0_Output;
}
interface Ai_Cf_Leonardo_Lucid_Origin_Input {
prompt: string;
guidance?: number;
seed?: number;
height?: number;
width?: number;
num_steps?: number;
steps?: number;
}
interface Ai_Cf_Leonardo_Lucid_Origin_Output {
image?: string;
}
declare abstract class Base_Ai_Cf_Leonardo_Lucid_Origin {
  inputs: Ai_Cf_Leonardo_Lucid_Origin_Input;
  postProcessedOutputs: Ai_Cf_Leonardo_Lucid_Origin_Output;
}
interface Ai_Cf_Deepgram_Aura_1_Input {
speaker?:
    | "angus"
    | "asteria"
    | "arcas"
    | "orion"
    | "orpheus"
    | "athena"
    | "luna"
    | "zeus"
    | "perseus"
    | "helios"
    | "hera"
    | "stella";
encoding?: "linear16" | "flac" | "mulaw" | "alaw" | "mp3" | "opus" | "aac";
container?: "none" | "wav" | "ogg";
text: string;
sample_rate?: number;
bit_rate?: number;
}
type Ai_Cf_Deepgram_Aura_1_Output = string;
declare abstract class Base_Ai_Cf_Deepgram_Aura_1 {
  inputs: Ai_Cf_Deepgram_Aura_1_Input;
  postProcessedOutputs: Ai_Cf_Deepgram_Aura_1_Output;
}
interface Ai_Cf_Ai4Bharat_Indictrans2_En_Indic_1B_Input {
text: string | string[];
target_language:
    | "asm_Beng"
    | "awa_Deva"
    | "ben_Beng"
    | "bho_Deva"
    | "brx_Deva"
    | "doi_Deva"
    | "eng_Latn"
    | "gom_Deva"
    | "gon_Deva"
    | "guj_Gujr"
    | "hin_Deva"
    | "hne_Deva"
    | "kan_Knda"
    | "kas_Arab"
    | "kas_Deva"
    | "kha_Latn"
    | "lus_Latn"
    | "mag_Deva"
    | "mai_Deva"
    | "mal_Mlym"
    | "mar_Deva"
    | "mni_Beng"
    | "mni_Mtei"
    | "npi_Deva"
    | "ory_Orya"
    | "pan_Guru"
    | "san_Deva"
    | "sat_Olck"
    | "snd_Arab"
    | "snd_Deva"
    | "tam_Taml"
    | "tel_Telu"
    | "urd_Arab"
    | "unr_Deva";
}
interface Ai_Cf_Ai4Bharat_Indictrans2_En_Indic_1B_Output {
translations: string[];
}
declare abstract class Base_Ai_Cf_Ai4Bharat_Indictrans2_En_Indic_1B {
  inputs: Ai_Cf_Ai4Bharat_Indictrans2_En_Indic_1B_Input;
  postProcessedOutputs: Ai_Cf_Ai4Bharat_Indictrans2_En_Indic_1B_Output;
}
type Ai_Cf_Aisingapore_Gemma_Sea_Lion_V4_27B_It_Input =
  | Ai_Cf_Aisingapore_Gemma_Sea_Lion_V4_27B_It_Prompt
  | Ai_Cf_Aisingapore_Gemma_Sea_Lion_V4_27B_It_Messages
  | Ai_Cf_Aisingapore_Gemma_Sea_Lion_V4_27B_It_Async_Batch;
interface Ai_Cf_Aisingapore_Gemma_Sea_Lion_V4_27B_It_Prompt {
prompt: string;
lora?: string;
  response_format?: Ai_Cf_Aisingapore_Gemma_Sea_Lion_V4_27B_It_JSON_Mode;
raw?: boolean;
stream?: boolean;
max_tokens?: number;
temperature?: number;
top_p?: number;
top_k?: number;
seed?: number;
repetition_penalty?: number;
frequency_penalty?: number;
presence_penalty?: number;
}
interface Ai_Cf_Aisingapore_Gemma_Sea_Lion_V4_27B_It_JSON_Mode {
  type?: "json_object" | "json_schema";
  json_schema?: unknown;
}
interface Ai_Cf_Aisingapore_Gemma_Sea_Lion_V4_27B_It_Messages {
messages: {
role: string;
    content:
      | string
      | {
type?: string;
text?: string;
        }[];
  }[];
  functions?: {
    name: string;
    code: string;
  }[];
tools?: (
    | {
name: string;
description: string;
parameters: {
type: string;
required?: string[];
properties: {
            [k: string]: {
type: string;
description: string;
            };
          };
        };
      }
    | {
type: string;
function: {
name: string;
description: string;
parameters: {
type: string;
required?: string[];
properties: {
              [k: string]: {
type: string;
description: string;
              };
            };
          };
        };
      }
  )[];
  response_format?: Ai_Cf_Aisingapore_Gemma_Sea_Lion_V4_27B_It_JSON_Mode_1;
raw?: boolean;
stream?: boolean;
max_tokens?: number;
temperature?: number;
top_p?: number;
top_k?: number;
seed?: number;
repetition_penalty?: number;
frequency_penalty?: number;
presence_penalty?: number;
}
interface Ai_Cf_Aisingapore_Gemma_Sea_Lion_V4_27B_It_JSON_Mode_1 {
  type?: "json_object" | "json_schema";
  json_schema?: unknown;
}
interface Ai_Cf_Aisingapore_Gemma_Sea_Lion_V4_27B_It_Async_Batch {
  requests: (
    | Ai_Cf_Aisingapore_Gemma_Sea_Lion_V4_27B_It_Prompt_1
    | Ai_Cf_Aisingapore_Gemma_Sea_Lion_V4_27B_It_Messages_1
  )[];
}
interface Ai_Cf_Aisingapore_Gemma_Sea_Lion_V4_27B_It_Prompt_1 {
prompt: string;
lora?: string;
  response_format?: Ai_Cf_Aisingapore_Gemma_Sea_Lion_V4_27B_It_JSON_Mode_2;
raw?: boolean;
stream?: boolean;
max_tokens?: number;
temperature?: number;
top_p?: number;
top_k?: number;
seed?: number;
repetition_penalty?: number;
frequency_penalty?: number;
presence_penalty?: number;
}
interface Ai_Cf_Aisingapore_Gemma_Sea_Lion_V4_27B_It_JSON_Mode_2 {
  type?: "json_object" | "json_schema";
  json_schema?: unknown;
}
interface Ai_Cf_Aisingapore_Gemma_Sea_Lion_V4_27B_It_Messages_1 {
messages: {
role: string;
    content:
      | string
      | {
type?: string;
text?: string;
        }[];
  }[];
  functions?: {
    name: string;
    code: string;
  }[];
tools?: (
    | {
name: string;
description: string;
parameters: {
type: string;
required?: string[];
properties: {
            [k: string]: {
type: string;
description: string;
            };
          };
        };
      }
    | {
type: string;
function: {
name: string;
description: string;
parameters: {
type: string;
required?: string[];
properties: {
              [k: string]: {
type: string;
description: string;
              };
            };
          };
        };
      }
  )[];
  response_format?: Ai_Cf_Aisingapore_Gemma_Sea_Lion_V4_27B_It_JSON_Mode_3;
raw?: boolean;
stream?: boolean;
max_tokens?: number;
temperature?: number;
top_p?: number;
top_k?: number;
seed?: number;
repetition_penalty?: number;
frequency_penalty?: number;
presence_penalty?: number;
}
interface Ai_Cf_Aisingapore_Gemma_Sea_Lion_V4_27B_It_JSON_Mode_3 {
  type?: "json_object" | "json_schema";
  json_schema?: unknown;
}
type Ai_Cf_Aisingapore_Gemma_Sea_Lion_V4_27B_It_Output =
  | Ai_Cf_Aisingapore_Gemma_Sea_Lion_V4_27B_It_Chat_Completion_Response
  | Ai_Cf_Aisingapore_Gemma_Sea_Lion_V4_27B_It_Text_Completion_Response
  | string
  | Ai_Cf_Aisingapore_Gemma_Sea_Lion_V4_27B_It_AsyncResponse;
interface Ai_Cf_Aisingapore_Gemma_Sea_Lion_V4_27B_It_Chat_Completion_Response {
id?: string;
object?: "chat.completion";
created?: number;
model?: string;
choices?: {
index?: number;
message?: {
role: string;
content: string;
reasoning_content?: string;
tool_calls?: {
id: string;
type: "function";
        function: {
name: string;
arguments: string;
        };
      }[];
    };
finish_reason?: string;
stop_reason?: string | null;
logprobs?: {} | null;
  }[];
usage?: {
prompt_tokens?: number;
completion_tokens?: number;
total_tokens?: number;
  };
prompt_logprobs?: {} | null;
}
interface Ai_Cf_Aisingapore_Gemma_Sea_Lion_V4_27B_It_Text_Completion_Response {
id?: string;
object?: "text_completion";
created?: number;
model?: string;
choices?: {
index: number;
text: string;
finish_reason: string;
stop_reason?: string | null;
logprobs?: {} | null;
prompt_logprobs?: {} | null;
  }[];
usage?: {
prompt_tokens?: number;
completion_tokens?: number;
total_tokens?: number;
  };
}
interface Ai_Cf_Aisingapore_Gemma_Sea_Lion_V4_27B_It_AsyncResponse {
request_id?: string;
}
declare abstract class Base_Ai_Cf_Aisingapore_Gemma_Sea_Lion_V4_27B_It {
  inputs: Ai_Cf_Aisingapore_Gemma_Sea_Lion_V4_27B_It_Input;
  postProcessedOutputs: Ai_Cf_Aisingapore_Gemma_Sea_Lion_V4_27B_It_Output;
}
interface Ai_Cf_Pfnet_Plamo_Embedding_1B_Input {
text: string | string[];
}
interface Ai_Cf_Pfnet_Plamo_Embedding_1B_Output {
data: number[][];
shape: [number, number];
}
declare abstract class Base_Ai_Cf_Pfnet_Plamo_Embedding_1B {
  inputs: Ai_Cf_Pfnet_Plamo_Embedding_1B_Input;
  postProcessedOutputs: Ai_Cf_Pfnet_Plamo_Embedding_1B_Output;
}
interface Ai_Cf_Deepgram_Flux_Input {
encoding: "linear16";
sample_rate: string;
eager_eot_threshold?: string;
eot_threshold?: string;
eot_timeout_ms?: string;
keyterm?: string;
mip_opt_out?: "true" | "false";
tag?: string;
}
interface Ai_Cf_Deepgram_Flux_Output {
request_id?: string;
sequence_id?: number;
event?:
    "Update" | "StartOfTurn" | "EagerEndOfTurn" | "TurnResumed" | "EndOfTurn";
turn_index?: number;
audio_window_start?: number;
audio_window_end?: number;
transcript?: string;
words?: {
word: string;
confidence: number;
  }[];
end_of_turn_confidence?: number;
}
declare abstract class Base_Ai_Cf_Deepgram_Flux {
  inputs: Ai_Cf_Deepgram_Flux_Input;
  postProcessedOutputs: Ai_Cf_Deepgram_Flux_Output;
}
interface Ai_Cf_Deepgram_Aura_2_En_Input {
speaker?:
    | "amalthea"
    | "andromeda"
    | "apollo"
    | "arcas"
    | "aries"
    | "asteria"
    | "athena"
    | "atlas"
    | "aurora"
    | "callista"
    | "cora"
    | "cordelia"
    | "delia"
    | "draco"
    | "electra"
    | "harmonia"
    | "helena"
    | "hera"
    | "hermes"
    | "hyperion"
    | "iris"
    | "janus"
    | "juno"
    | "jupiter"
    | "luna"
    | "mars"
    | "minerva"
    | "neptune"
    | "odysseus"
    | "ophelia"
    | "orion"
    | "orpheus"
    | "pandora"
    | "phoebe"
    | "pluto"
    | "saturn"
    | "thalia"
    | "theia"
    | "vesta"
    | "zeus";
encoding?: "linear16" | "flac" | "mulaw" | "alaw" | "mp3" | "opus" | "aac";
container?: "none" | "wav" | "ogg";
text: string;
sample_rate?: number;
bit_rate?: number;
}
type Ai_Cf_Deepgram_Aura_2_En_Output = string;
declare abstract class Base_Ai_Cf_Deepgram_Aura_2_En {
  inputs: Ai_Cf_Deepgram_Aura_2_En_Input;
  postProcessedOutputs: Ai_Cf_Deepgram_Aura_2_En_Output;
}
interface Ai_Cf_Deepgram_Aura_2_Es_Input {
speaker?:
    | "sirio"
    | "nestor"
    | "carina"
    | "celeste"
    | "alvaro"
    | "diana"
    | "aquila"
    | "selena"
    | "estrella"
    | "javier";
encoding?: "linear16" | "flac" | "mulaw" | "alaw" | "mp3" | "opus" | "aac";
container?: "none" | "wav" | "ogg";
text: string;
sample_rate?: number;
bit_rate?: number;
}
type Ai_Cf_Deepgram_Aura_2_Es_Output = string;
declare abstract class Base_Ai_Cf_Deepgram_Aura_2_Es {
  inputs: Ai_Cf_Deepgram_Aura_2_Es_Input;
  postProcessedOutputs: Ai_Cf_Deepgram_Aura_2_Es_Output;
}
interface Ai_Cf_Black_Forest_Labs_Flux_2_Dev_Input {
  multipart: {
    body?: object;
    contentType?: string;
  };
}
interface Ai_Cf_Black_Forest_Labs_Flux_2_Dev_Output {
image?: string;
}
declare abstract class Base_Ai_Cf_Black_Forest_Labs_Flux_2_Dev {
  inputs: Ai_Cf_Black_Forest_Labs_Flux_2_Dev_Input;
  postProcessedOutputs: Ai_Cf_Black_Forest_Labs_Flux_2_Dev_Output;
}
interface Ai_Cf_Black_Forest_Labs_Flux_2_Klein_4B_Input {
  multipart: {
    body?: object;
    contentType?: string;
  };
}
interface Ai_Cf_Black_Forest_Labs_Flux_2_Klein_4B_Output {
image?: string;
}
declare abstract class Base_Ai_Cf_Black_Forest_Labs_Flux_2_Klein_4B {
  inputs: Ai_Cf_Black_Forest_Labs_Flux_2_Klein_4B_Input;
  postProcessedOutputs: Ai_Cf_Black_Forest_Labs_Flux_2_Klein_4B_Output;
}
interface Ai_Cf_Black_Forest_Labs_Flux_2_Klein_9B_Input {
  multipart: {
    body?: object;
    contentType?: string;
  };
}
interface Ai_Cf_Black_Forest_Labs_Flux_2_Klein_9B_Output {
image?: string;
}
declare abstract class Base_Ai_Cf_Black_Forest_Labs_Flux_2_Klein_9B {
  inputs: Ai_Cf_Black_Forest_Labs_Flux_2_Klein_9B_Input;
  postProcessedOutputs: Ai_Cf_Black_Forest_Labs_Flux_2_Klein_9B_Output;
}
declare abstract class Base_Ai_Cf_Zai_Org_Glm_4_7_Flash {
  inputs: Omit<
    ChatCompletionsInput,
    "reasoning_effort" | "chat_template_kwargs"
  > & {
    chat_template_kwargs?: Omit<ChatTemplateKwargs, "enable_thinking"> & {
enable_thinking?: boolean;
    };
  };
  postProcessedOutputs: ChatCompletionsOutput;
}
declare abstract class Base_Ai_Cf_Moonshotai_Kimi_K2_5 {
  inputs: ChatCompletionsInput;
  postProcessedOutputs: ChatCompletionsOutput;
}
declare abstract class Base_Ai_Cf_Moonshotai_Kimi_K2_6 {
  inputs: Omit<
    ChatCompletionsInput,
    "reasoning_effort" | "chat_template_kwargs"
  > & {
reasoning_effort?: "high" | "none" | null;
    chat_template_kwargs?: Omit<ChatTemplateKwargs, "enable_thinking"> & {
enable_thinking?: boolean;
    };
  };
  postProcessedOutputs: ChatCompletionsOutput;
}
type Ai_Cf_Nvidia_Nemotron_3_120B_A12B_Input = Omit<
  ChatCompletionsInput,
  | "model"
  | "max_tokens"
  | "metadata"
  | "modalities"
  | "chat_template_kwargs"
  | "store"
  | "reasoning_effort"
> & {
model?: ChatCompletionsInput["model"];
max_tokens?: ChatCompletionsInput["max_tokens"];
metadata?: ChatCompletionsInput["metadata"];
modalities?: ChatCompletionsInput["modalities"];
chat_template_kwargs?: {
enable_thinking?: boolean;
low_effort?: boolean;
force_nonempty_content?: boolean;
  };
store?: ChatCompletionsInput["store"];
};
declare abstract class Base_Ai_Cf_Nvidia_Nemotron_3_120B_A12B {
  inputs: Ai_Cf_Nvidia_Nemotron_3_120B_A12B_Input;
  postProcessedOutputs: ChatCompletionsOutput;
}
type Ai_Cf_Google_Gemma_4_26B_A4B_It_Input = Omit<
  ChatCompletionsInput,
  "reasoning_effort" | "chat_template_kwargs"
> & {
  chat_template_kwargs?: Omit<ChatTemplateKwargs, "enable_thinking"> & {
enable_thinking?: boolean;
  };
} & {
skip_special_tokens?: boolean;
};
declare abstract class Base_Ai_Cf_Google_Gemma_4_26B_A4B_It {
  inputs: Ai_Cf_Google_Gemma_4_26B_A4B_It_Input;
  postProcessedOutputs: ChatCompletionsOutput;
}
type Ai_Cf_Nvidia_Nemotron_Speech_Streaming_En_0_6B_Input =
  | {
audio: {
        body: object;
        contentType: string;
      };
    }
  | {
audio: string;
      encoding?: "wav" | "flac" | "ogg" | "linear16";
      sample_rate?: number;
      channels?: number;
    };
interface Ai_Cf_Nvidia_Nemotron_Speech_Streaming_En_0_6B_Output {
  text?: string;
  duration?: number;
}
declare abstract class Base_Ai_Cf_Nvidia_Nemotron_Speech_Streaming_En_0_6B {
  inputs: Ai_Cf_Nvidia_Nemotron_Speech_Streaming_En_0_6B_Input;
  postProcessedOutputs: Ai_Cf_Nvidia_Nemotron_Speech_Streaming_En_0_6B_Output;
}
declare abstract class Base_Ai_Cf_Moonshotai_Kimi_K2_7_Code {
  inputs: Omit<
    ChatCompletionsInput,
    "reasoning_effort" | "chat_template_kwargs"
  > & {
    chat_template_kwargs?: Omit<ChatTemplateKwargs, "enable_thinking"> & {
enable_thinking?: true;
    };
  };
  postProcessedOutputs: ChatCompletionsOutput;
}
declare abstract class Base_Ai_Cf_Zai_Org_Glm_5_2 {
  inputs: Omit<
    ChatCompletionsInput,
    "reasoning_effort" | "chat_template_kwargs"
  > & {
reasoning_effort?: "max" | "high" | "none" | null;
    chat_template_kwargs?: Omit<ChatTemplateKwargs, "enable_thinking"> & {
enable_thinking?: boolean;
    };
  };
  postProcessedOutputs: ChatCompletionsOutput;
}
interface Ai_Cf_Moondream_Moondream3_1_9B_A2B_Input {
task?: "query" | "caption" | "point" | "detect";
image?: string;
question?: string;
caption_length?: "short" | "normal" | "long";
target?: string;
reasoning?: boolean;
temperature?: number;
top_p?: number;
max_tokens?: number;
max_objects?: number;
stream?: boolean;
}
interface Ai_Cf_Moondream_Moondream3_1_9B_A2B_Output {
finish_reason: string;
  metrics: {
input_tokens: number;
output_tokens: number;
prefill_time_ms: number;
decode_time_ms: number;
ttft_ms: number;
  };
answer?: string;
caption?: string;
points?: {
x: number;
y: number;
  }[];
objects?: {
x_min: number;
y_min: number;
x_max: number;
y_max: number;
  }[];
reasoning?: {
text: string;
grounding?: {}[];
  };
}
declare abstract class Base_Ai_Cf_Moondream_Moondream3_1_9B_A2B {
  inputs: Ai_Cf_Moondream_Moondream3_1_9B_A2B_Input;
  postProcessedOutputs: Ai_Cf_Moondream_Moondream3_1_9B_A2B_Output;
}
declare abstract class Base_Ai_Cf_Deepseek_Ai_Deepseek_V4_Flash_0731 {
  inputs: Omit<
    ChatCompletionsInput,
    "reasoning_effort" | "chat_template_kwargs"
  > & {
reasoning_effort?: "max" | "high" | "low" | "none" | null;
    chat_template_kwargs?: Omit<ChatTemplateKwargs, "enable_thinking"> & {
enable_thinking?: boolean;
    };
  };
  postProcessedOutputs: ChatCompletionsOutput;
}
declare abstract class Base_Ai_Cf_Deepseek_Ai_Deepseek_V4_Pro_0813 {
  inputs: Omit<
    ChatCompletionsInput,
    "reasoning_effort" | "chat_template_kwargs"
  > & {
reasoning_effort?: "max" | "high" | "low" | "none" | null;
    chat_template_kwargs?: Omit<ChatTemplateKwargs, "enable_thinking"> & {
enable_thinking?: boolean;
    };
  };
  postProcessedOutputs: ChatCompletionsOutput;
}
declare abstract class Base_Ai_Cf_Qwen_Qwen3_8_27B {
  inputs: Omit<
    ChatCompletionsInput,
    "reasoning_effort" | "chat_template_kwargs"
  > & {
reasoning_effort?: "low" | "medium" | "xhigh" | null;
    chat_template_kwargs?: Omit<ChatTemplateKwargs, "enable_thinking"> & {
enable_thinking?: boolean;
    };
  };
  postProcessedOutputs: ChatCompletionsOutput;
}
declare abstract class Base_Ai_Cf_Zai_Org_Glm_5_3 {
  inputs: Omit<
    ChatCompletionsInput,
    "reasoning_effort" | "chat_template_kwargs"
  > & {
reasoning_effort?: "max" | "high" | "low" | null;
    chat_template_kwargs?: Omit<ChatTemplateKwargs, "enable_thinking"> & {
enable_thinking?: true;
    };
  };
  postProcessedOutputs: ChatCompletionsOutput;
}
declare abstract class Base_Ai_Cf_Zai_Org_Glm_5_3_Flash {
  inputs: Omit<
    ChatCompletionsInput,
    "reasoning_effort" | "chat_template_kwargs"
  > & {
reasoning_effort?: "max" | "high" | "low" | null;
    chat_template_kwargs?: Omit<ChatTemplateKwargs, "enable_thinking"> & {
enable_thinking?: true;
    };
  };
  postProcessedOutputs: ChatCompletionsOutput;
}
interface AiModels {
  "@cf/huggingface/distilbert-sst-2-int8": BaseAiTextClassification;
  "@cf/stabilityai/stable-diffusion-xl-base-1.0": BaseAiTextToImage;
  "@cf/runwayml/stable-diffusion-v1-5-inpainting": BaseAiTextToImage;
  "@cf/lykon/dreamshaper-8-lcm": BaseAiTextToImage;
  "@cf/bytedance/stable-diffusion-xl-lightning": BaseAiTextToImage;
  "@cf/myshell-ai/melotts": BaseAiTextToSpeech;
  "@cf/google/embeddinggemma-300m": BaseAiTextEmbeddings;
  "@cf/microsoft/resnet-50": BaseAiImageClassification;
  "@cf/meta/llama-2-7b-chat-int8": BaseAiTextGeneration;
  "@cf/mistral/mistral-7b-instruct-v0.1": BaseAiTextGeneration;
  "@cf/meta/llama-2-7b-chat-fp16": BaseAiTextGeneration;
  "@hf/thebloke/llama-2-13b-chat-awq": BaseAiTextGeneration;
  "@hf/thebloke/mistral-7b-instruct-v0.1-awq": BaseAiTextGeneration;
  "@hf/thebloke/zephyr-7b-beta-awq": BaseAiTextGeneration;
  "@hf/thebloke/openhermes-2.5-mistral-7b-awq": BaseAiTextGeneration;
  "@hf/thebloke/neural-chat-7b-v3-1-awq": BaseAiTextGeneration;
  "@hf/thebloke/deepseek-coder-6.7b-base-awq": BaseAiTextGeneration;
  "@hf/thebloke/deepseek-coder-6.7b-instruct-awq": BaseAiTextGeneration;
  "@cf/deepseek-ai/deepseek-math-7b-instruct": BaseAiTextGeneration;
  "@cf/defog/sqlcoder-7b-2": BaseAiTextGeneration;
  "@cf/openchat/openchat-3.5-0106": BaseAiTextGeneration;
  "@cf/tiiuae/falcon-7b-instruct": BaseAiTextGeneration;
  "@cf/thebloke/discolm-german-7b-v1-awq": BaseAiTextGeneration;
  "@cf/qwen/qwen1.5-0.5b-chat": BaseAiTextGeneration;
  "@cf/qwen/qwen1.5-7b-chat-awq": BaseAiTextGeneration;
  "@cf/qwen/qwen1.5-14b-chat-awq": BaseAiTextGeneration;
  "@cf/tinyllama/tinyllama-1.1b-chat-v1.0": BaseAiTextGeneration;
  "@cf/microsoft/phi-2": BaseAiTextGeneration;
  "@cf/qwen/qwen1.5-1.8b-chat": BaseAiTextGeneration;
  "@cf/mistral/mistral-7b-instruct-v0.2-lora": BaseAiTextGeneration;
  "@hf/nousresearch/hermes-2-pro-mistral-7b": BaseAiTextGeneration;
  "@hf/nexusflow/starling-lm-7b-beta": BaseAiTextGeneration;
  "@hf/google/gemma-7b-it": BaseAiTextGeneration;
  "@cf/meta-llama/llama-2-7b-chat-hf-lora": BaseAiTextGeneration;
  "@cf/google/gemma-2b-it-lora": BaseAiTextGeneration;
  "@cf/google/gemma-7b-it-lora": BaseAiTextGeneration;
  "@hf/mistral/mistral-7b-instruct-v0.2": BaseAiTextGeneration;
  "@cf/meta/llama-3-8b-instruct": BaseAiTextGeneration;
  "@cf/fblgit/una-cybertron-7b-v2-bf16": BaseAiTextGeneration;
  "@cf/meta/llama-3-8b-instruct-awq": BaseAiTextGeneration;
  "@cf/meta/llama-3.1-8b-instruct-fp8": BaseAiTextGeneration;
  "@cf/meta/llama-3.1-8b-instruct-awq": BaseAiTextGeneration;
  "@cf/meta/llama-3.2-3b-instruct": BaseAiTextGeneration;
  "@cf/meta/llama-3.2-1b-instruct": BaseAiTextGeneration;
  "@cf/deepseek-ai/deepseek-r1-distill-qwen-32b": BaseAiTextGeneration;
  "@cf/ibm-granite/granite-4.0-h-micro": BaseAiTextGeneration;
  "@cf/facebook/bart-large-cnn": BaseAiSummarization;
  "@cf/llava-hf/llava-1.5-7b-hf": BaseAiImageToText;
  "@cf/baai/bge-base-en-v1.5": Base_Ai_Cf_Baai_Bge_Base_En_V1_5;
  "@cf/openai/whisper": Base_Ai_Cf_Openai_Whisper;
  "@cf/meta/m2m100-1.2b": Base_Ai_Cf_Meta_M2M100_1_2B;
  "@cf/baai/bge-small-en-v1.5": Base_Ai_Cf_Baai_Bge_Small_En_V1_5;
  "@cf/baai/bge-large-en-v1.5": Base_Ai_Cf_Baai_Bge_Large_En_V1_5;
  "@cf/unum/uform-gen2-qwen-500m": Base_Ai_Cf_Unum_Uform_Gen2_Qwen_500M;
  "@cf/openai/whisper-tiny-en": Base_Ai_Cf_Openai_Whisper_Tiny_En;
  "@cf/openai/whisper-large-v3-turbo": Base_Ai_Cf_Openai_Whisper_Large_V3_Turbo;
  "@cf/baai/bge-m3": Base_Ai_Cf_Baai_Bge_M3;
  "@cf/black-forest-labs/flux-1-schnell": Base_Ai_Cf_Black_Forest_Labs_Flux_1_Schnell;
  "@cf/meta/llama-3.2-11b-vision-instruct": Base_Ai_Cf_Meta_Llama_3_2_11B_Vision_Instruct;
  "@cf/meta/llama-3.3-70b-instruct-fp8-fast": Base_Ai_Cf_Meta_Llama_3_3_70B_Instruct_Fp8_Fast;
  "@cf/meta/llama-guard-3-8b": Base_Ai_Cf_Meta_Llama_Guard_3_8B;
  "@cf/baai/bge-reranker-base": Base_Ai_Cf_Baai_Bge_Reranker_Base;
  "@cf/qwen/qwen2.5-coder-32b-instruct": Base_Ai_Cf_Qwen_Qwen2_5_Coder_32B_Instruct;
  "@cf/qwen/qwq-32b": Base_Ai_Cf_Qwen_Qwq_32B;
  "@cf/mistralai/mistral-small-3.1-24b-instruct": Base_Ai_Cf_Mistralai_Mistral_Small_3_1_24B_Instruct;
  "@cf/google/gemma-3-12b-it": Base_Ai_Cf_Google_Gemma_3_12B_It;
  "@cf/meta/llama-4-scout-17b-16e-instruct": Base_Ai_Cf_Meta_Llama_4_Scout_17B_16E_Instruct;
  "@cf/qwen/qwen3-30b-a3b-fp8": Base_Ai_Cf_Qwen_Qwen3_30B_A3B_Fp8;
  "@cf/deepgram/nova-3": Base_Ai_Cf_Deepgram_Nova_3;
  "@cf/qwen/qwen3-embedding-0.6b": Base_Ai_Cf_Qwen_Qwen3_Embedding_0_6B;
  "@cf/pipecat-ai/smart-turn-v2": Base_Ai_Cf_Pipecat_Ai_Smart_Turn_V2;
  "@cf/openai/gpt-oss-120b": Base_Ai_Cf_Openai_Gpt_Oss_120B;
  "@cf/openai/gpt-oss-20b": Base_Ai_Cf_Openai_Gpt_Oss_20B;
  "@cf/leonardo/phoenix-1.0": Base_Ai_Cf_Leonardo_Phoenix_1_0;
  "@cf/leonardo/lucid-origin": Base_Ai_Cf_Leonardo_Lucid_Origin;
  "@cf/deepgram/aura-1": Base_Ai_Cf_Deepgram_Aura_1;
  "@cf/ai4bharat/indictrans2-en-indic-1B": Base_Ai_Cf_Ai4Bharat_Indictrans2_En_Indic_1B;
  "@cf/aisingapore/gemma-sea-lion-v4-27b-it": Base_Ai_Cf_Aisingapore_Gemma_Sea_Lion_V4_27B_It;
  "@cf/pfnet/plamo-embedding-1b": Base_Ai_Cf_Pfnet_Plamo_Embedding_1B;
  "@cf/deepgram/flux": Base_Ai_Cf_Deepgram_Flux;
  "@cf/deepgram/aura-2-en": Base_Ai_Cf_Deepgram_Aura_2_En;
  "@cf/deepgram/aura-2-es": Base_Ai_Cf_Deepgram_Aura_2_Es;
  "@cf/black-forest-labs/flux-2-dev": Base_Ai_Cf_Black_Forest_Labs_Flux_2_Dev;
  "@cf/black-forest-labs/flux-2-klein-4b": Base_Ai_Cf_Black_Forest_Labs_Flux_2_Klein_4B;
  "@cf/black-forest-labs/flux-2-klein-9b": Base_Ai_Cf_Black_Forest_Labs_Flux_2_Klein_9B;
  "@cf/zai-org/glm-4.7-flash": Base_Ai_Cf_Zai_Org_Glm_4_7_Flash;
  "@cf/moonshotai/kimi-k2.5": Base_Ai_Cf_Moonshotai_Kimi_K2_5;
  "@cf/moonshotai/kimi-k2.6": Base_Ai_Cf_Moonshotai_Kimi_K2_6;
  "@cf/nvidia/nemotron-3-120b-a12b": Base_Ai_Cf_Nvidia_Nemotron_3_120B_A12B;
  "@cf/google/gemma-4-26b-a4b-it": Base_Ai_Cf_Google_Gemma_4_26B_A4B_It;
  "@cf/nvidia/nemotron-speech-streaming-en-0.6b": Base_Ai_Cf_Nvidia_Nemotron_Speech_Streaming_En_0_6B;
  "@cf/moonshotai/kimi-k2.7-code": Base_Ai_Cf_Moonshotai_Kimi_K2_7_Code;
  "@cf/zai-org/glm-5.2": Base_Ai_Cf_Zai_Org_Glm_5_2;
  "@cf/moondream/moondream3.1-9B-A2B": Base_Ai_Cf_Moondream_Moondream3_1_9B_A2B;
  "@cf/deepseek-ai/deepseek-v4-flash-0731": Base_Ai_Cf_Deepseek_Ai_Deepseek_V4_Flash_0731;
  "@cf/deepseek-ai/deepseek-v4-pro-0813": Base_Ai_Cf_Deepseek_Ai_Deepseek_V4_Pro_0813;
  "@cf/qwen/qwen3.8-27b": Base_Ai_Cf_Qwen_Qwen3_8_27B;
  "@cf/zai-org/glm-5.3": Base_Ai_Cf_Zai_Org_Glm_5_3;
  "@cf/zai-org/glm-5.3-flash": Base_Ai_Cf_Zai_Org_Glm_5_3_Flash;
}
type ChatCompletionsInput = ChatCompletionsMessagesInput;
