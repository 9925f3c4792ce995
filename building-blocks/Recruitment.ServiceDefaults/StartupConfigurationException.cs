namespace Recruitment.ServiceDefaults;

/// <summary>
/// A setting the process cannot start without. <see cref="RecruitmentHost.Run"/> prints its message as one line and
/// exits with code 78 (EX_CONFIG) instead of a stack trace.
/// </summary>
public sealed class StartupConfigurationException(string message) : Exception(message);
