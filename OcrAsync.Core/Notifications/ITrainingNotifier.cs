namespace OcrAsync.Core.Notifications;

/// <summary>Tells a user how learning from their correction goes (<see cref="NotificationTypes.AiTraining"/>); best effort like job events.</summary>
public interface ITrainingNotifier
{
    void Training(string userId, Guid trainingId, string stage, string message, OcrNotificationData data);
}
