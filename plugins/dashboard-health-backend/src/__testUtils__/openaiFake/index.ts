export { startOpenAiFake } from './startOpenAiFake';
export { exampleFromSchema } from './exampleFromSchema';
export { schemaViolation } from './schemaViolation';
export type {
  ChatRequestBody,
  FakeBehaviour,
  FakeBehaviourKind,
  FakeScriptStep,
  JsonSchema,
  RecordedRequest,
  RunningOpenAiFake,
  StartOpenAiFakeOptions,
} from './types';
