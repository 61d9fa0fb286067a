namespace NewsCurator.Delivery;

/// <summary>
/// A mail server said "try later" (4xx) to some recipients. Its own error name, so the state machine gives
/// deferred recipients their own retries (statemachine/pipeline.asl.json, Deliver): shared with the step's
/// transient failures, one connection timeout used up a retry the deferred recipients then lacked.
/// </summary>
public sealed class DeliveryDeferredException(string message) : Exception(message);
