// Public entry of the 全过程记录 (hash-chained record); re-exported by src/cases/index.ts.
export { canonicalJson, toJsonValue, type JsonValue } from './canonical.js';
export {
  appendEvent,
  verifyRecord,
  listEvents,
  putAttachment,
  getAttachment,
  eventHash,
  eventPayload,
  sha256Hex,
  toShanghaiInstant,
  GENESIS_HASH,
  RECORD_FORMAT,
  RecordError,
  type AppendEventInput,
  type AttachmentRef,
  type NewAttachment,
  type RecordEvent,
  type VerifyResult,
  type VerifyOptions,
  type VerifyFailure,
  type RecordCheck,
  type RecordCheckContext,
} from './record.js';
export { DEFAULT_RECORD_CHECKS, casesHaveTheirEvents, withRecordChecks } from './checks.js';
export { AnchorKeeper, appendAnchor, readAnchors, readHead, anchorFileIn, ANCHOR_FILE_NAME, type Anchor, type AnchorLine, type AnchorKeeperOptions } from './anchors.js';
