using Streams.Abstractions.Delivery;

namespace Streams.Domain.Delivery;

/// <summary>One update kept by its sender until the target has checkpointed it.</summary>
public sealed record RetainedDelivery<TUpdate>(string Target, DeliveryRange Range, TUpdate Update, DateTime SentAt)
    where TUpdate : class;
