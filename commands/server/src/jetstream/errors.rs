//! JetStream API errors: one table shaped after nats-server `server/errors.json` (constant,
//! HTTP-like `code`, `err_code`, description template with `{placeholders}`), and the
//! [`ApiError`] value that API responses and PubAcks carry as
//! `{"code":..,"err_code":..,"description":..}`.

use serde::Serialize;

/// One entry of the error table (upstream `errors.json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ErrorDef {
    /// Upstream's constant name (`JSStreamNotFoundErr`), kept for cross-reference.
    pub constant: &'static str,
    /// HTTP-like status.
    pub code: u16,
    /// JetStream error code.
    pub err_code: u16,
    /// Description; `{name}` placeholders are filled by [`ApiError::with`].
    pub description: &'static str,
}

macro_rules! errors {
    ($($id:ident = ($constant:literal, $code:literal, $err:literal, $desc:literal);)*) => {
        /// The errors rnats' JetStream API can answer with, named after upstream's constants.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum JsError { $(
            #[doc = $desc]
            $id,
        )* }

        /// Every entry, in declaration order.
        pub const ERRORS: &[ErrorDef] = &[$(ErrorDef {
            constant: $constant,
            code: $code,
            err_code: $err,
            description: $desc,
        },)*];

        impl JsError {
            /// The table entry of this error.
            pub fn def(self) -> &'static ErrorDef {
                let i = self as usize;
                &ERRORS[i]
            }
        }
    };
}

errors! {
    BadRequest = ("JSBadRequestErr", 400, 10003, "bad request");
    ClusterRequired = ("JSClusterRequiredErr", 503, 10010, "JetStream clustering support required");
    ConsumerCreate = ("JSConsumerCreateErrF", 500, 10012, "{err}");
    ConsumerNameExist = ("JSConsumerNameExistErr", 400, 10013, "consumer name already in use");
    ConsumerNotFound = ("JSConsumerNotFoundErr", 404, 10014, "consumer not found");
    SnapshotDeliverSubjectInvalid = ("JSSnapshotDeliverSubjectInvalidErr", 400, 10015, "deliver subject not valid");
    ConsumerDurableNameNotMatchSubject = ("JSConsumerDurableNameNotMatchSubjectErr", 400, 10017, "consumer name in subject does not match durable name in request");
    ConsumerDurableNameNotSet = ("JSConsumerDurableNameNotSetErr", 400, 10018, "consumer expected to be durable but a durable name was not set");
    ConsumerEphemeralWithDurableName = ("JSConsumerEphemeralWithDurableNameErr", 400, 10020, "consumer expected to be ephemeral but a durable name was set in request");
    StreamExternalApiOverlap = ("JSStreamExternalApiOverlapErrF", 400, 10021, "stream external api prefix {prefix} must not overlap with {subject}");
    StreamExternalDelPrefixOverlaps = ("JSStreamExternalDelPrefixOverlapsErrF", 400, 10022, "stream external delivery prefix {prefix} overlaps with stream subject {subject}");
    InsufficientResources = ("JSInsufficientResourcesErr", 503, 10023, "insufficient resources");
    StreamInvalidExternalDeliverySubj = ("JSStreamInvalidExternalDeliverySubjErrF", 400, 10024, "stream external delivery prefix {prefix} must not contain wildcards");
    InvalidJson = ("JSInvalidJSONErr", 400, 10025, "invalid JSON: {err}");
    MaximumConsumersLimit = ("JSMaximumConsumersLimitErr", 400, 10026, "maximum consumers limit reached");
    MaximumStreamsLimit = ("JSMaximumStreamsLimitErr", 400, 10027, "maximum number of streams reached");
    MemoryResourcesExceeded = ("JSMemoryResourcesExceededErr", 500, 10028, "insufficient memory resources available");
    MirrorConsumerSetupFailed = ("JSMirrorConsumerSetupFailedErrF", 500, 10029, "{err}");
    MirrorMaxMessageSizeTooBig = ("JSMirrorMaxMessageSizeTooBigErr", 400, 10030, "stream mirror must have max message size >= source");
    MirrorWithSources = ("JSMirrorWithSourcesErr", 400, 10031, "stream mirrors can not also contain other sources");
    MirrorWithStartSeqAndTime = ("JSMirrorWithStartSeqAndTimeErr", 400, 10032, "stream mirrors can not have both start seq and start time configured");
    MirrorWithSubjectFilters = ("JSMirrorWithSubjectFiltersErr", 400, 10033, "stream mirrors can not contain filtered subjects");
    MirrorWithSubjects = ("JSMirrorWithSubjectsErr", 400, 10034, "stream mirrors can not contain subjects");
    NoMessageFound = ("JSNoMessageFoundErr", 404, 10037, "no message found");
    NotEmptyRequest = ("JSNotEmptyRequestErr", 400, 10038, "expected an empty request payload");
    NotEnabledForAccount = ("JSNotEnabledForAccountErr", 503, 10039, "JetStream not enabled for account");
    RestoreSubscribeFailed = ("JSRestoreSubscribeFailedErrF", 500, 10042, "JetStream unable to subscribe to restore snapshot {subject}: {err}");
    SequenceNotFound = ("JSSequenceNotFoundErrF", 400, 10043, "sequence {seq} not found");
    SourceConsumerSetupFailed = ("JSSourceConsumerSetupFailedErrF", 500, 10045, "{err}");
    SourceMaxMessageSizeTooBig = ("JSSourceMaxMessageSizeTooBigErr", 400, 10046, "stream source must have max message size >= target");
    StorageResourcesExceeded = ("JSStorageResourcesExceededErr", 500, 10047, "insufficient storage resources available");
    StreamCreate = ("JSStreamCreateErrF", 500, 10049, "{err}");
    StreamDelete = ("JSStreamDeleteErrF", 500, 10050, "{err}");
    StreamGeneral = ("JSStreamGeneralErrorF", 500, 10051, "{err}");
    StreamInvalidConfig = ("JSStreamInvalidConfigF", 500, 10052, "{err}");
    StreamMessageExceedsMaximum = ("JSStreamMessageExceedsMaximumErr", 400, 10054, "message size exceeds maximum allowed");
    StreamMirrorNotUpdatable = ("JSStreamMirrorNotUpdatableErr", 400, 10055, "stream mirror configuration can not be updated");
    StreamMismatch = ("JSStreamMismatchErr", 400, 10056, "stream name in subject does not match request");
    StreamMsgDeleteFailed = ("JSStreamMsgDeleteFailedF", 500, 10057, "{err}");
    StreamNameExist = ("JSStreamNameExistErr", 400, 10058, "stream name already in use with a different configuration");
    StreamNotFound = ("JSStreamNotFoundErr", 404, 10059, "stream not found");
    StreamNotMatch = ("JSStreamNotMatchErr", 400, 10060, "expected stream does not match");
    StreamRestore = ("JSStreamRestoreErrF", 500, 10062, "restore failed: {err}");
    StreamSnapshot = ("JSStreamSnapshotErrF", 500, 10064, "snapshot failed: {err}");
    StreamSubjectOverlap = ("JSStreamSubjectOverlapErr", 400, 10065, "subjects overlap with an existing stream");
    StreamUpdate = ("JSStreamUpdateErrF", 500, 10069, "{err}");
    StreamWrongLastMsgId = ("JSStreamWrongLastMsgIDErrF", 400, 10070, "wrong last msg ID: {id}");
    StreamWrongLastSequence = ("JSStreamWrongLastSequenceErrF", 400, 10071, "wrong last sequence: {seq}");
    StreamReplicasNotSupported = ("JSStreamReplicasNotSupportedErr", 500, 10074, "replicas > 1 not supported in non-clustered mode");
    NotEnabled = ("JSNotEnabledErr", 503, 10076, "JetStream not enabled");
    StreamStoreFailed = ("JSStreamStoreFailedF", 503, 10077, "{err}");
    ConsumerConfigRequired = ("JSConsumerConfigRequiredErr", 400, 10078, "consumer config required");
    ConsumerPushMaxWaiting = ("JSConsumerPushMaxWaitingErr", 400, 10080, "consumer in push mode can not set max waiting");
    ConsumerMaxPendingAckPolicyRequired = ("JSConsumerMaxPendingAckPolicyRequiredErr", 400, 10082, "consumer requires ack policy for max ack pending");
    ConsumerPullRequiresAck = ("JSConsumerPullRequiresAckErr", 400, 10084, "consumer in pull mode requires explicit ack policy on workqueue stream");
    ConsumerPullWithRateLimit = ("JSConsumerPullWithRateLimitErr", 400, 10086, "consumer in pull mode can not have rate limit set");
    ConsumerDirectRequiresPush = ("JSConsumerDirectRequiresPushErr", 400, 10090, "consumer direct requires a push based consumer");
    ConsumerDirectRequiresEphemeral = ("JSConsumerDirectRequiresEphemeralErr", 400, 10091, "consumer direct requires an ephemeral consumer");
    ConsumerInvalidPolicy = ("JSConsumerInvalidPolicyErrF", 400, 10094, "{err}");
    ConsumerInvalidSampling = ("JSConsumerInvalidSamplingErrF", 400, 10095, "failed to parse consumer sampling configuration: {err}");
    StreamHeaderExceedsMaximum = ("JSStreamHeaderExceedsMaximumErr", 400, 10097, "header size exceeds maximum allowed of 64k");
    ConsumerWqRequiresExplicitAck = ("JSConsumerWQRequiresExplicitAckErr", 400, 10098, "workqueue stream requires explicit ack");
    ConsumerWqMultipleUnfiltered = ("JSConsumerWQMultipleUnfilteredErr", 400, 10099, "multiple non-filtered consumers not allowed on workqueue stream");
    ConsumerWqConsumerNotUnique = ("JSConsumerWQConsumerNotUniqueErr", 400, 10100, "filtered consumer not unique on workqueue stream");
    ConsumerBadDurableName = ("JSConsumerBadDurableNameErr", 400, 10103, "durable name can not contain '.', '*', '>'");
    ConsumerStoreFailed = ("JSConsumerStoreFailedErrF", 500, 10104, "error creating store for consumer: {err}");
    ConsumerWithFlowControlNeedsHeartbeats = ("JSConsumerWithFlowControlNeedsHeartbeats", 400, 10108, "consumer with flow control also needs heartbeats");
    StreamSealed = ("JSStreamSealedErr", 400, 10109, "invalid operation on sealed stream");
    StreamPurgeFailed = ("JSStreamPurgeFailedF", 500, 10110, "{err}");
    StreamRollupFailed = ("JSStreamRollupFailedF", 500, 10111, "{err}");
    StreamMaxBytesRequired = ("JSStreamMaxBytesRequired", 400, 10113, "account requires a stream config to have max bytes set");
    ConsumerMaxDeliverBackoff = ("JSConsumerMaxDeliverBackoffErr", 400, 10116, "max deliver is required to be > length of backoff values");
    ConsumerMaxPendingAckExcess = ("JSConsumerMaxPendingAckExcessErrF", 400, 10121, "consumer max ack pending exceeds system limit of {limit}");
    StreamMaxStreamBytesExceeded = ("JSStreamMaxStreamBytesExceeded", 400, 10122, "stream max bytes exceeds account limit max stream bytes");
    ConsumerMaxRequestBatchExceeded = ("JSConsumerMaxRequestBatchExceededF", 400, 10125, "consumer max request batch exceeds server limit of {limit}");
    ConsumerNameContainsPathSeparators = ("JSConsumerNameContainsPathSeparatorsErr", 400, 10127, "Consumer name can not contain path separators");
    StreamNameContainsPathSeparators = ("JSStreamNameContainsPathSeparatorsErr", 400, 10128, "Stream name can not contain path separators");
    StreamNameExistRestoreFailed = ("JSStreamNameExistRestoreFailedErr", 400, 10130, "stream name already in use, cannot restore");
    ConsumerCreateFilterSubjectMismatch = ("JSConsumerCreateFilterSubjectMismatchErr", 400, 10131, "Consumer create request did not match filtered subject from create subject");
    ConsumerCreateDurableAndNameMismatch = ("JSConsumerCreateDurableAndNameMismatch", 400, 10132, "Consumer Durable and Name have to be equal if both are provided");
    ReplicasCountCannotBeNegative = ("JSReplicasCountCannotBeNegative", 400, 10133, "replicas count cannot be negative");
    ConsumerOverlappingSubjectFilters = ("JSConsumerOverlappingSubjectFilters", 400, 10138, "consumer subject filters cannot overlap");
    SourceDuplicateDetected = ("JSSourceDuplicateDetected", 400, 10140, "duplicate source configuration detected");
    SourceInvalidStreamName = ("JSSourceInvalidStreamName", 400, 10141, "sourced stream name is invalid");
    MirrorInvalidStreamName = ("JSMirrorInvalidStreamName", 400, 10142, "mirrored stream name is invalid");
    MirrorWithFirstSeq = ("JSMirrorWithFirstSeqErr", 400, 10143, "stream mirrors can not have first sequence configured");
    SourceMultipleFiltersNotAllowed = ("JSSourceMultipleFiltersNotAllowed", 400, 10144, "source with multiple subject transforms cannot also have a single subject filter");
    SourceInvalidSubjectFilter = ("JSSourceInvalidSubjectFilter", 400, 10145, "source transform source: {err}");
    SourceInvalidTransformDestination = ("JSSourceInvalidTransformDestination", 400, 10146, "source transform: {err}");
    SourceOverlappingSubjectFilters = ("JSSourceOverlappingSubjectFilters", 400, 10147, "source filters can not overlap");
    ConsumerAlreadyExists = ("JSConsumerAlreadyExists", 400, 10148, "consumer already exists");
    ConsumerDoesNotExist = ("JSConsumerDoesNotExist", 400, 10149, "consumer does not exist");
    MirrorMultipleFiltersNotAllowed = ("JSMirrorMultipleFiltersNotAllowed", 400, 10150, "mirror with multiple subject transforms cannot also have a single subject filter");
    MirrorInvalidSubjectFilter = ("JSMirrorInvalidSubjectFilter", 400, 10151, "mirror transform source: {err}");
    MirrorOverlappingSubjectFilters = ("JSMirrorOverlappingSubjectFilters", 400, 10152, "mirror subject filters can not overlap");
    ConsumerInactiveThresholdExcess = ("JSConsumerInactiveThresholdExcess", 400, 10153, "consumer inactive threshold exceeds system limit of {limit}");
    MirrorInvalidTransformDestination = ("JSMirrorInvalidTransformDestination", 400, 10154, "mirror transform: {err}");
    StreamTransformInvalidSource = ("JSStreamTransformInvalidSource", 400, 10155, "stream transform source: {err}");
    StreamTransformInvalidDestination = ("JSStreamTransformInvalidDestination", 400, 10156, "stream transform: {err}");
    Pedantic = ("JSPedanticErrF", 400, 10157, "pedantic mode: {err}");
    StreamDuplicateMessageConflict = ("JSStreamDuplicateMessageConflict", 409, 10158, "duplicate message id is in process");
    ConsumerPriorityPolicyWithoutGroup = ("JSConsumerPriorityPolicyWithoutGroup", 400, 10159, "Setting PriorityPolicy requires at least one PriorityGroup to be set");
    ConsumerInvalidPriorityGroup = ("JSConsumerInvalidPriorityGroupErr", 400, 10160, "Provided priority group does not exist for this consumer");
    ConsumerEmptyGroupName = ("JSConsumerEmptyGroupName", 400, 10161, "Group name cannot be an empty string");
    ConsumerInvalidGroupName = ("JSConsumerInvalidGroupNameErr", 400, 10162, "Valid priority group name must match A-Z, a-z, 0-9, -_/=)+ and may not exceed 16 characters");
    StreamWrongLastSequenceConstant = ("JSStreamWrongLastSequenceConstantErr", 400, 10164, "wrong last sequence");
    MessageTtlInvalid = ("JSMessageTTLInvalidErr", 400, 10165, "invalid per-message TTL");
    MessageTtlDisabled = ("JSMessageTTLDisabledErr", 400, 10166, "per-message TTL is disabled");
    StreamTooManyRequests = ("JSStreamTooManyRequests", 429, 10167, "too many requests");
    MessageIncrDisabled = ("JSMessageIncrDisabledErr", 400, 10168, "message counters is disabled");
    MessageIncrMissing = ("JSMessageIncrMissingErr", 400, 10169, "message counter increment is missing");
    MessageIncrPayload = ("JSMessageIncrPayloadErr", 400, 10170, "message counter has payload");
    MessageIncrInvalid = ("JSMessageIncrInvalidErr", 400, 10171, "message counter increment is invalid");
    MessageCounterBroken = ("JSMessageCounterBrokenErr", 400, 10172, "message counter is broken");
    MirrorWithCounters = ("JSMirrorWithCountersErr", 400, 10173, "stream mirrors can not also calculate counters");
    AtomicPublishDisabled = ("JSAtomicPublishDisabledErr", 400, 10174, "atomic publish is disabled");
    AtomicPublishMissingSeq = ("JSAtomicPublishMissingSeqErr", 400, 10175, "atomic publish sequence is missing");
    AtomicPublishIncompleteBatch = ("JSAtomicPublishIncompleteBatchErr", 400, 10176, "atomic publish batch is incomplete");
    AtomicPublishUnsupportedHeaderBatch = ("JSAtomicPublishUnsupportedHeaderBatchErr", 400, 10177, "atomic publish unsupported header used: {header}");
    ConsumerPushWithPriorityGroup = ("JSConsumerPushWithPriorityGroupErr", 400, 10178, "priority groups can not be used with push consumers");
    AtomicPublishInvalidBatchId = ("JSAtomicPublishInvalidBatchIDErr", 400, 10179, "atomic publish batch ID is invalid");
    ConsumerAckWaitNegative = ("JSConsumerAckWaitNegativeErr", 400, 10183, "consumer ack wait needs to be positive");
    ConsumerBackOffNegative = ("JSConsumerBackOffNegativeErr", 400, 10184, "consumer backoff needs to be positive");
    RequiredApiLevel = ("JSRequiredApiLevelErr", 412, 10185, "JetStream minimum api level required");
    MirrorWithMsgSchedules = ("JSMirrorWithMsgSchedulesErr", 400, 10186, "stream mirrors can not also schedule messages");
    SourceWithMsgSchedules = ("JSSourceWithMsgSchedulesErr", 400, 10187, "stream source can not also schedule messages");
    MessageSchedulesDisabled = ("JSMessageSchedulesDisabledErr", 400, 10188, "message schedules is disabled");
    MessageSchedulesPatternInvalid = ("JSMessageSchedulesPatternInvalidErr", 400, 10189, "message schedules pattern is invalid");
    MessageSchedulesTargetInvalid = ("JSMessageSchedulesTargetInvalidErr", 400, 10190, "message schedules target is invalid");
    MessageSchedulesTtlInvalid = ("JSMessageSchedulesTTLInvalidErr", 400, 10191, "message schedules invalid per-message TTL");
    MessageSchedulesRollupInvalid = ("JSMessageSchedulesRollupInvalidErr", 400, 10192, "message schedules invalid rollup");
    ConsumerPriorityGroupWithPolicyNone = ("JSConsumerPriorityGroupWithPolicyNone", 400, 10196, "consumer can not have priority groups when policy is none");
    ConsumerPinnedTtlWithoutPriorityPolicyNone = ("JSConsumerPinnedTTLWithoutPriorityPolicyNone", 400, 10197, "PinnedTTL cannot be set when PriorityPolicy is none");
    MirrorWithAtomicPublish = ("JSMirrorWithAtomicPublishErr", 400, 10198, "stream mirrors can not also use atomic publishing");
    AtomicPublishTooLargeBatch = ("JSAtomicPublishTooLargeBatchErrF", 400, 10199, "atomic publish batch is too large: {size}");
    AtomicPublishInvalidBatchCommit = ("JSAtomicPublishInvalidBatchCommitErr", 400, 10200, "atomic publish batch commit is invalid");
    AtomicPublishContainsDuplicateMessage = ("JSAtomicPublishContainsDuplicateMessageErr", 400, 10201, "atomic publish batch contains duplicate message id");
    MessageSchedulesSourceInvalid = ("JSMessageSchedulesSourceInvalidErr", 400, 10203, "message schedules source is invalid");
    ConsumerInvalidReset = ("JSConsumerInvalidResetErr", 400, 10204, "invalid reset: {err}");
    BatchPublishDisabled = ("JSBatchPublishDisabledErr", 400, 10205, "batch publish is disabled");
    BatchPublishInvalidPattern = ("JSBatchPublishInvalidPatternErr", 400, 10206, "batch publish pattern is invalid");
    BatchPublishInvalidBatchId = ("JSBatchPublishInvalidBatchIDErr", 400, 10207, "batch publish ID is invalid");
    BatchPublishUnknownBatchId = ("JSBatchPublishUnknownBatchIDErr", 400, 10208, "batch publish ID unknown");
    MirrorWithBatchPublish = ("JSMirrorWithBatchPublishErr", 400, 10209, "stream mirrors can not also use batch publishing");
    AtomicPublishTooManyInflight = ("JSAtomicPublishTooManyInflight", 429, 10210, "atomic publish too many inflight");
    BatchPublishTooManyInflight = ("JSBatchPublishTooManyInflight", 429, 10211, "batch publish too many inflight");
    MessageSchedulesSchedulerInvalid = ("JSMessageSchedulesSchedulerInvalidErr", 400, 10212, "message schedules invalid scheduler");
    MirrorDurableConsumerCfgInvalid = ("JSMirrorDurableConsumerCfgInvalid", 400, 10213, "stream mirror consumer config is invalid");
    MirrorConsumerRequiresAckFc = ("JSMirrorConsumerRequiresAckFCErr", 400, 10214, "stream mirror consumer requires flow control ack policy");
    SourceDurableConsumerCfgInvalid = ("JSSourceDurableConsumerCfgInvalid", 400, 10215, "stream source consumer config is invalid");
    SourceDurableConsumerDuplicateDetected = ("JSSourceDurableConsumerDuplicateDetected", 400, 10216, "duplicate stream source consumer detected");
    SourceConsumerRequiresAckFc = ("JSSourceConsumerRequiresAckFCErr", 400, 10217, "stream source consumer requires flow control ack policy");
    ConsumerAckFcRequiresPush = ("JSConsumerAckFCRequiresPushErr", 400, 10218, "flow control ack policy requires a push based consumer");
    ConsumerAckFcRequiresFc = ("JSConsumerAckFCRequiresFCErr", 400, 10219, "flow control ack policy requires flow control");
    ConsumerAckFcRequiresMaxAckPending = ("JSConsumerAckFCRequiresMaxAckPendingErr", 400, 10220, "flow control ack policy requires max ack pending");
    ConsumerAckFcRequiresNoAckWait = ("JSConsumerAckFCRequiresNoAckWaitErr", 400, 10221, "flow control ack policy requires unset ack wait");
    ConsumerAckFcRequiresNoMaxDeliver = ("JSConsumerAckFCRequiresNoMaxDeliverErr", 400, 10222, "flow control ack policy requires unset max deliver");
    MessageSchedulesTimeZoneInvalid = ("JSMessageSchedulesTimeZoneInvalidErr", 400, 10223, "message schedules time zone is invalid");
    MessageSourceHdrNotAllowed = ("JSMessageSourceHdrNotAllowedErr", 400, 10227, "message stream source header is not allowed");
}

/// An error as it goes on the wire inside `"error"`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApiError {
    /// HTTP-like status.
    pub code: u16,
    /// JetStream error code.
    pub err_code: u16,
    /// Human-readable text.
    pub description: String,
}

impl ApiError {
    /// The error with its table description (placeholders left as they are).
    pub fn new(e: JsError) -> Self {
        let d = e.def();
        ApiError {
            code: d.code,
            err_code: d.err_code,
            description: d.description.to_string(),
        }
    }

    /// The error with `{name}` placeholders replaced.
    pub fn with(e: JsError, args: &[(&str, &str)]) -> Self {
        let mut err = ApiError::new(e);
        for (name, value) in args {
            err.description = err.description.replace(&format!("{{{name}}}"), value);
        }
        err
    }

    /// The error whose whole description is `{err}`.
    pub fn text(e: JsError, err: impl std::fmt::Display) -> Self {
        ApiError::with(e, &[("err", &err.to_string())])
    }
}

/// Upstream's `NewJSPedanticError`: a request in pedantic mode asked for something the server
/// would otherwise default or cap.
pub fn pedantic(why: &str) -> ApiError {
    ApiError::with(JsError::Pedantic, &[("err", why)])
}

/// A limit where 0 and values below -1 mean "unlimited": such a value becomes -1, except that
/// pedantic mode refuses one below -1 (`<name> must be set to -1`). Upstream applies this rule
/// to the stream limits and to a consumer's `max_deliver`.
pub fn unlimited_below_zero(v: &mut i64, name: &str, strict: bool) -> Result<(), ApiError> {
    if *v == 0 || *v < -1 {
        if strict && *v < -1 {
            return Err(pedantic(&format!("{name} must be set to -1")));
        }
        *v = -1;
    }
    Ok(())
}

/// A setting that must not be negative: a negative value becomes 0, except that pedantic mode
/// refuses it (`<name> must not be negative`).
pub fn zero_if_negative(v: &mut i64, name: &str, strict: bool) -> Result<(), ApiError> {
    if *v < 0 {
        if strict {
            return Err(pedantic(&format!("{name} must not be negative")));
        }
        *v = 0;
    }
    Ok(())
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} (error code {})", self.description, self.err_code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_indexed_by_variant() {
        assert_eq!(JsError::BadRequest.def().err_code, 10003);
        assert_eq!(
            JsError::StreamNotFound.def().constant,
            "JSStreamNotFoundErr"
        );
        assert_eq!(JsError::MessageTtlDisabled.def().err_code, 10166);
        let mut codes: Vec<u16> = ERRORS.iter().map(|e| e.err_code).collect();
        codes.dedup();
        assert_eq!(codes.len(), ERRORS.len(), "err_codes are unique and sorted");
        assert!(codes.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn placeholders_and_json() {
        let e = ApiError::with(JsError::StreamWrongLastSequence, &[("seq", "4")]);
        assert_eq!(e.description, "wrong last sequence: 4");
        assert_eq!(
            serde_json::to_string(&ApiError::new(JsError::StreamNotFound)).expect("json"),
            r#"{"code":404,"err_code":10059,"description":"stream not found"}"#
        );
        let e = ApiError::text(JsError::StreamInvalidConfig, "invalid subject");
        assert_eq!((e.code, e.err_code), (500, 10052));
        assert_eq!(e.description, "invalid subject");
        let e = ApiError::new(JsError::StreamReplicasNotSupported);
        assert_eq!(
            serde_json::to_string(&e).expect("json"),
            r#"{"code":500,"err_code":10074,"description":"replicas \u003e 1 not supported in non-clustered mode"}"#
                .replace("\\u003e", ">")
        );
    }
}
