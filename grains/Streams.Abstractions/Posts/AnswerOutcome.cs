namespace Streams.Abstractions.Posts;

public enum AnswerOutcome : byte
{
    Answered = 0,
    AlreadyAnswered = 1,
    UnknownPost = 2,
    NotAboutBrand = 3,
}
