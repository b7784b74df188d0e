using SpiPlatform.SharedKernel;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Training.Areas.Training.Pages;

/// <summary>What the scheduling form posts: a date and times as a reader in Wales writes them.</summary>
internal sealed class ScheduleSessionForm
{
    public Guid? CourseId { get; set; }
    public DateOnly? Date { get; set; }
    public TimeOnly? StartTime { get; set; }
    public TimeOnly? EndTime { get; set; }
    public bool IsOnline { get; set; }
    public string? Venue { get; set; }
    public ServiceArea? Area { get; set; }
    public int? Capacity { get; set; }
    public string? TrainerEmail { get; set; }

    /// <summary>A Welsh wall-clock date and time as an instant (BST or GMT as that day has it).</summary>
    public static DateTimeOffset InWales(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, WalesClock.TimeZone.GetUtcOffset(local));
    }
}
