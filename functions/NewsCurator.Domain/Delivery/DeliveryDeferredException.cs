namespace NewsCurator.Delivery;

/// <summary>
/// A mail server said "try later" (4xx) to some recipients. Its own error name, so the state machine gives
/// deferred recipients their own retries (statemachine/pipeline.asl.json, Deliver): shared with the step's
/// transient failures, one connection timeout used up a retry the deferred recipients then lacked.
/// </summary>
public sealed class DeliveryDeferredException(string message) : Exception(message);

/// <summary>
/// The mail server refused the sender for good (5xx at MAIL FROM: a paused or unverified sending account), or the
/// message itself for one reader after another (5xx at the end of DATA): no recipient can be sent to until the
/// operator fixes the account or the issue, so the step stops and the run fails. The refused recipients are
/// recorded as deferred, never as "sending" or rejected, so a re-run of the id sends to everyone not yet sent.
/// </summary>
public sealed class DeliveryRefusedException(string message) : Exception(message);
