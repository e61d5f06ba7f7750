using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Numerics;
using Streams.Client.Brands;

namespace Streams.Client.Generation;

/// <summary>
/// A deterministic synthetic social firehose in the public NDJSON contract. For a given
/// <see cref="FirehoseOptions"/> (seed included) the output is byte-for-byte the same.
/// <para>
/// Shape: authors are Zipf-distributed in activity and log-normal in followers; events are about
/// 25% posts (20% of them replies, 5% quotes), 25% reposts and 50% likes; engagement picks recent posts
/// by preferential attachment (a pool where every engagement adds another ticket), so a few posts spread a lot;
/// customer posts are 30% negative / 50% neutral / 20% positive, a quarter in French, 70% tagging the brand's
/// @handle and the rest naming it; brand accounts answer ~60% of complaints 2-90 minutes (event time) later;
/// some complaints by influential authors get a burst of reposts spread over 5-30 minutes.
/// </para>
/// <para>
/// Hot path: one <see cref="WriteNext"/> call formats one line straight into the caller's buffer from
/// pre-escaped UTF-8 pieces; no LINQ, no strings, no allocation per event.
/// </para>
/// </summary>
public sealed class FirehoseGenerator
{
    /// <summary>Room reserved per line; the longest template with the longest names stays far below it.</summary>
    private const int MaxLineBytes = 4096;

    /// <summary>Cap on pending brand replies and bursts, so hour-long runs at 150k/s stay within memory.</summary>
    private const int MaxScheduled = 4_000_000;

    private const double PostShare = 0.25;
    private const double RepostShare = 0.25;
    private const double ReplyShareOfPosts = 0.20;
    private const double QuoteShareOfPosts = 0.05;
    private const double HandleMentionShare = 0.70;

    private static readonly byte[] PostStart = "{\"kind\":\"post\",\"id\":\""u8.ToArray();
    private static readonly byte[] RepostStart = "{\"kind\":\"repost\",\"id\":\""u8.ToArray();
    private static readonly byte[] LikeStart = "{\"kind\":\"like\",\"postId\":\""u8.ToArray();

    private readonly FirehoseOptions _options;
    private readonly DeterministicRandom _random;
    private readonly AuthorPool _authors;
    private readonly AliasSampler _authorActivity;
    private readonly SyntheticBrand[] _brands;
    private readonly int[] _englishBrands;
    private readonly int[] _frenchBrands;
    private readonly AliasSampler? _englishBrandPopularity;
    private readonly AliasSampler? _frenchBrandPopularity;
    private readonly TextTemplate[][] _customerTemplates;
    private readonly byte[][][] _endings;
    private readonly TextTemplate[] _englishReplies;
    private readonly TextTemplate[] _frenchReplies;
    private readonly byte[] _idPrefix;
    private readonly long _startTicks;
    private readonly long _total;
    private readonly int _rate;

    private readonly long[] _engagementPool;
    private readonly int _engagementMask;
    private long _engagementWrites;

    private readonly long[] _recentPostSequence;
    private readonly int[] _recentPostBrand;
    private readonly int _recentMask;

    private readonly PriorityQueue<ScheduledEvent, long> _schedule = new();
    private readonly byte[] _secondText = new byte[19];
    private long _cachedSecond = -1;

    private long _index;
    private long _postSequence;
    private long _repostSequence;

    public FirehoseGenerator(FirehoseOptions options)
    {
        options.Validate();
        _options = options;
        _rate = options.Rate;
        _total = options.TotalEvents;
        _startTicks = DateTime.SpecifyKind(options.Start, DateTimeKind.Utc).Ticks;
        _random = new DeterministicRandom(options.Seed);
        _idPrefix = TextTemplate.Escape(options.IdPrefix ?? $"s{options.Seed.ToString(CultureInfo.InvariantCulture)}-");

        var brands = BrandForge.Create(options.Brands, _random);
        _brands = brands.ToArray();
        Brands = brands.Select(brand => brand.Registration).ToArray();
        _englishBrands = IndexesWhere(_brands, brand => brand.SpeaksEnglish);
        _frenchBrands = IndexesWhere(_brands, brand => brand.SpeaksFrench);
        _englishBrandPopularity = _englishBrands.Length > 0 ? AliasSampler.Zipf(_englishBrands.Length, options.BrandZipfExponent) : null;
        _frenchBrandPopularity = _frenchBrands.Length > 0 ? AliasSampler.Zipf(_frenchBrands.Length, options.BrandZipfExponent) : null;

        _authors = new AuthorPool(options.Authors, _random);
        _authorActivity = AliasSampler.Zipf(options.Authors, options.AuthorZipfExponent);

        _customerTemplates =
        [
            Parse(PostTexts.EnglishNegative), Parse(PostTexts.EnglishNeutral), Parse(PostTexts.EnglishPositive),
            Parse(PostTexts.FrenchNegative), Parse(PostTexts.FrenchNeutral), Parse(PostTexts.FrenchPositive),
        ];
        _endings =
        [
            Escape(PostTexts.NegativeEndings), Escape(PostTexts.NeutralEndings), Escape(PostTexts.PositiveEndings),
            Escape(PostTexts.NegativeEndings), Escape(PostTexts.FrenchNeutralEndings), Escape(PostTexts.PositiveEndings),
        ];
        _englishReplies = Parse(PostTexts.EnglishBrandReplies);
        _frenchReplies = Parse(PostTexts.FrenchBrandReplies);

        // Engagement reaches back about ten minutes of event time, bounded to keep the pool cache-friendly.
        int poolSize = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Clamp((long)options.Rate * 600, 1024, 1 << 20));
        _engagementPool = new long[poolSize];
        _engagementMask = poolSize - 1;
        _recentPostSequence = new long[poolSize];
        _recentPostBrand = new int[poolSize];
        _recentMask = poolSize - 1;
        Array.Fill(_recentPostSequence, -1);
    }

    public FirehoseOptions Options => _options;

    /// <summary>The brands to register (POST /api/brands) before sending the events.</summary>
    public IReadOnlyList<BrandRegistration> Brands { get; }

    public long TotalEvents => _total;

    /// <summary>How many events have been written so far (the index of the next event).</summary>
    public long Position => _index;

    public bool IsFinished => _index >= _total;

    public FirehoseCounts Counts { get; } = new();

    /// <summary>Writes the next event as one NDJSON line (with its '\n'); false once all events are written.</summary>
    public bool WriteNext(IBufferWriter<byte> output)
    {
        if (_index >= _total)
        {
            return false;
        }
        var line = output.GetSpan(MaxLineBytes);
        long ticks = _startTicks + _index * TimeSpan.TicksPerSecond / _rate;
        int length;
        if (_schedule.TryPeek(out var scheduled, out long due) && due <= _index)
        {
            _schedule.Dequeue();
            length = scheduled.IsBrandReply ? WriteBrandReply(line, ticks, scheduled) : WriteBurstRepost(line, ticks, scheduled);
        }
        else
        {
            double roll = _random.NextDouble();
            if (roll < PostShare || _engagementWrites == 0)
            {
                length = WriteCustomerPost(line, ticks);
            }
            else if (roll < PostShare + RepostShare)
            {
                length = WriteRepost(line, ticks, SampleEngagedPost(), _authorActivity.Sample(_random));
                Counts.Reposts++;
            }
            else
            {
                length = WriteLike(line, ticks);
            }
        }
        line[length++] = (byte)'\n';
        output.Advance(length);
        _index++;
        return true;
    }

    /// <summary>Writes up to <paramref name="maxEvents"/> events; returns how many were written.</summary>
    public int WriteBatch(IBufferWriter<byte> output, int maxEvents)
    {
        int written = 0;
        while (written < maxEvents && WriteNext(output))
        {
            written++;
        }
        return written;
    }

    /// <summary>Writes all remaining events to <paramref name="stream"/>; returns how many.</summary>
    public long WriteTo(Stream stream, CancellationToken cancellationToken = default)
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 20);
        long written = 0;
        while (!IsFinished)
        {
            cancellationToken.ThrowIfCancellationRequested();
            while (buffer.WrittenCount < (1 << 20) - MaxLineBytes && WriteNext(buffer))
            {
                written++;
            }
            stream.Write(buffer.WrittenSpan);
            buffer.ResetWrittenCount();
        }
        return written;
    }

    private int WriteCustomerPost(Span<byte> line, long ticks)
    {
        int author = _authorActivity.Sample(_random);
        double shape = _random.NextDouble();
        long target = -1;
        bool isReply = false;
        bool isQuote = false;
        if (_engagementWrites > 0 && shape < ReplyShareOfPosts + QuoteShareOfPosts)
        {
            target = SampleEngagedPost();
            isReply = shape < ReplyShareOfPosts;
            isQuote = !isReply;
        }
        bool french = _random.Chance(_options.FrenchShare);
        int brand = target >= 0 ? BrandOfRecentPost(target) : -1;
        if (brand < 0)
        {
            brand = PickBrand(french);
        }
        if (french ? !_brands[brand].SpeaksFrench : !_brands[brand].SpeaksEnglish)
        {
            // A reply stays on its thread's brand (and a tiny brand set may lack a market), so the language follows the brand.
            french = !french;
        }
        double mood = _random.NextDouble();
        var sentiment = mood < _options.NegativeShare ? Sentiment.Negative
            : mood < 1.0 - _options.PositiveShare ? Sentiment.Neutral
            : Sentiment.Positive;

        long sequence = _postSequence++;
        int pos = 0;
        Put(line, ref pos, PostStart);
        PutPostId(line, ref pos, sequence);
        Put(line, ref pos, "\",\"platform\":\"twitter\",\"createdAt\":\""u8);
        PutTimestamp(line, ref pos, ticks);
        Put(line, ref pos, "\",\"author\":"u8);
        PutAuthor(line, ref pos, author);
        Put(line, ref pos, ",\"text\":\""u8);
        int set = (french ? 3 : 0) + (int)sentiment;
        var templates = _customerTemplates[set];
        PutText(line, ref pos, templates[_random.NextInt(templates.Length)], brand, -1);
        var endings = _endings[set];
        Put(line, ref pos, endings[_random.NextInt(endings.Length)]);
        Put(line, ref pos, french ? "\",\"lang\":\"fr\""u8 : "\",\"lang\":\"en\""u8);
        if (isReply)
        {
            Put(line, ref pos, ",\"inReplyTo\":\""u8);
            PutPostId(line, ref pos, target);
            line[pos++] = (byte)'"';
        }
        else if (isQuote)
        {
            Put(line, ref pos, ",\"quoteOf\":\""u8);
            PutPostId(line, ref pos, target);
            line[pos++] = (byte)'"';
        }
        line[pos++] = (byte)'}';

        _recentPostSequence[sequence & _recentMask] = sequence;
        _recentPostBrand[sequence & _recentMask] = brand;
        long followers = _authors.Followers(author);
        int tickets = 1 + (followers >= 10_000 ? 2 : 0) + (followers >= 200_000 ? 4 : 0);
        for (int t = 0; t < tickets; t++)
        {
            AddEngagement(sequence);
        }

        Counts.Posts++;
        Counts.Replies += isReply ? 1 : 0;
        Counts.Quotes += isQuote ? 1 : 0;
        Counts.FrenchPosts += french ? 1 : 0;
        if (sentiment == Sentiment.Negative)
        {
            Counts.NegativePosts++;
            ScheduleFollowUps(sequence, brand, author, french, followers, topLevel: !isReply && !isQuote);
        }
        return pos;
    }

    private void ScheduleFollowUps(long sequence, int brand, int author, bool french, long followers, bool topLevel)
    {
        if (_schedule.Count >= MaxScheduled)
        {
            return;
        }
        if (_random.Chance(_options.BrandReplyShare))
        {
            // Log-uniform between 2 and 90 minutes: median ~13 minutes, close to real care desks.
            double delayMinutes = 2.0 * Math.Pow(45.0, _random.NextDouble());
            long due = _index + Math.Max(1, (long)(delayMinutes * 60.0 * _rate));
            if (due < _total)
            {
                _schedule.Enqueue(new ScheduledEvent(true, sequence, brand, author, french, 0, 0), due);
            }
        }
        if (topLevel && followers >= _options.InfluentialFollowers && _random.Chance(_options.BurstProbability))
        {
            // Pareto-sized (median ~60 reposts, a few thousand at most), front-loaded over 5-30 minutes.
            int reposts = (int)Math.Min(3_000, 40.0 / Math.Pow(1.0 - _random.NextDouble(), 1.0 / 1.5));
            double spanEvents = (300.0 + 1_500.0 * _random.NextDouble()) * _rate;
            reposts = (int)Math.Min(reposts, spanEvents / 5.0);
            if (reposts < 1)
            {
                return;
            }
            double spacing = spanEvents / (3.2 * reposts);
            long first = _index + 1 + (long)(spacing * _random.NextDouble());
            if (first < _total)
            {
                _schedule.Enqueue(new ScheduledEvent(false, sequence, brand, author, french, reposts, spacing), first);
                Counts.Bursts++;
            }
        }
    }

    private int WriteBrandReply(Span<byte> line, long ticks, ScheduledEvent answer)
    {
        var brand = _brands[answer.Brand];
        long sequence = _postSequence++;
        int pos = 0;
        Put(line, ref pos, PostStart);
        PutPostId(line, ref pos, sequence);
        Put(line, ref pos, "\",\"platform\":\"twitter\",\"createdAt\":\""u8);
        PutTimestamp(line, ref pos, ticks);
        Put(line, ref pos, "\",\"author\":{\"id\":\""u8);
        Put(line, ref pos, brand.HandleBytes);
        Put(line, ref pos, "\",\"handle\":\""u8);
        Put(line, ref pos, brand.HandleBytes);
        Put(line, ref pos, "\",\"followers\":"u8);
        PutNumber(line, ref pos, brand.Followers);
        Put(line, ref pos, ",\"verified\":true},\"text\":\""u8);
        bool french = answer.French && brand.SpeaksFrench;
        var templates = french ? _frenchReplies : _englishReplies;
        PutText(line, ref pos, templates[_random.NextInt(templates.Length)], answer.Brand, answer.Customer);
        Put(line, ref pos, french ? "\",\"lang\":\"fr\""u8 : "\",\"lang\":\"en\""u8);
        Put(line, ref pos, ",\"inReplyTo\":\""u8);
        PutPostId(line, ref pos, answer.PostSequence);
        Put(line, ref pos, "\"}"u8);
        Counts.Posts++;
        Counts.BrandReplies++;
        return pos;
    }

    private int WriteBurstRepost(Span<byte> line, long ticks, ScheduledEvent burst)
    {
        // Burst reposters come from the whole audience, not the usual heavy posters: that is what makes reach jump.
        int pos = WriteRepost(line, ticks, burst.PostSequence, _random.NextInt(_authors.Count));
        Counts.Reposts++;
        Counts.BurstReposts++;
        if (burst.RemainingReposts > 1)
        {
            double spacing = burst.SpacingEvents * (1.0 + 2.0 / burst.RemainingReposts);
            long next = _index + 1 + (long)(spacing * (0.5 + _random.NextDouble()));
            if (next < _total)
            {
                _schedule.Enqueue(burst with { RemainingReposts = burst.RemainingReposts - 1, SpacingEvents = spacing }, next);
            }
        }
        return pos;
    }

    private int WriteRepost(Span<byte> line, long ticks, long target, int author)
    {
        long sequence = _repostSequence++;
        int pos = 0;
        Put(line, ref pos, RepostStart);
        Put(line, ref pos, _idPrefix);
        line[pos++] = (byte)'r';
        PutNumber(line, ref pos, sequence);
        Put(line, ref pos, "\",\"postId\":\""u8);
        PutPostId(line, ref pos, target);
        Put(line, ref pos, "\",\"createdAt\":\""u8);
        PutTimestamp(line, ref pos, ticks);
        Put(line, ref pos, "\",\"author\":"u8);
        PutAuthor(line, ref pos, author);
        line[pos++] = (byte)'}';
        AddEngagement(target);
        AddEngagement(target);
        return pos;
    }

    private int WriteLike(Span<byte> line, long ticks)
    {
        long target = SampleEngagedPost();
        int author = _authorActivity.Sample(_random);
        int pos = 0;
        Put(line, ref pos, LikeStart);
        PutPostId(line, ref pos, target);
        Put(line, ref pos, "\",\"createdAt\":\""u8);
        PutTimestamp(line, ref pos, ticks);
        Put(line, ref pos, "\",\"author\":{\"id\":\"u"u8);
        PutNumber(line, ref pos, author);
        Put(line, ref pos, "\"}}"u8);
        if (_random.Chance(0.5))
        {
            AddEngagement(target);
        }
        Counts.Likes++;
        return pos;
    }

    private void PutText(Span<byte> line, ref int pos, TextTemplate template, int brand, int customer)
    {
        var literals = template.Literals;
        var slots = template.Slots;
        for (int k = 0; k < literals.Length; k++)
        {
            Put(line, ref pos, literals[k]);
            switch (slots[k])
            {
                case TemplateSlot.Brand:
                    PutBrandMention(line, ref pos, _brands[brand]);
                    break;
                case TemplateSlot.OrderNumber:
                    PutNumber(line, ref pos, 100_000 + _random.NextInt(89_900_000));
                    break;
                case TemplateSlot.Count:
                    PutNumber(line, ref pos, 2 + _random.NextInt(8));
                    break;
                case TemplateSlot.Customer:
                    line[pos++] = (byte)'@';
                    Put(line, ref pos, _authors.Handle(customer));
                    break;
            }
        }
    }

    private void PutBrandMention(Span<byte> line, ref int pos, SyntheticBrand brand)
    {
        double form = _random.NextDouble();
        if (form < HandleMentionShare)
        {
            Put(line, ref pos, brand.AtHandleBytes);
        }
        else if (form < HandleMentionShare + 0.15)
        {
            Put(line, ref pos, brand.NameBytes);
        }
        else if (form < HandleMentionShare + 0.24)
        {
            Put(line, ref pos, brand.AliasBytes[_random.NextInt(brand.AliasBytes.Length)]);
        }
        else
        {
            Put(line, ref pos, brand.HashtagBytes);
        }
    }

    private void PutAuthor(Span<byte> line, ref int pos, int author)
    {
        Put(line, ref pos, "{\"id\":\"u"u8);
        PutNumber(line, ref pos, author);
        Put(line, ref pos, "\",\"handle\":\""u8);
        Put(line, ref pos, _authors.Handle(author));
        Put(line, ref pos, "\",\"followers\":"u8);
        PutNumber(line, ref pos, _authors.Followers(author));
        if (_authors.Verified(author))
        {
            Put(line, ref pos, ",\"verified\":true"u8);
        }
        line[pos++] = (byte)'}';
    }

    private void PutPostId(Span<byte> line, ref int pos, long sequence)
    {
        Put(line, ref pos, _idPrefix);
        line[pos++] = (byte)'p';
        PutNumber(line, ref pos, sequence);
    }

    private void PutTimestamp(Span<byte> line, ref int pos, long ticks)
    {
        long second = ticks / TimeSpan.TicksPerSecond;
        if (second != _cachedSecond)
        {
            new DateTime(second * TimeSpan.TicksPerSecond, DateTimeKind.Utc)
                .TryFormat(_secondText, out _, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
            _cachedSecond = second;
        }
        Put(line, ref pos, _secondText);
        line[pos++] = (byte)'.';
        long fraction = ticks - second * TimeSpan.TicksPerSecond;
        for (int digit = 6; digit >= 0; digit--)
        {
            line[pos + digit] = (byte)('0' + fraction % 10);
            fraction /= 10;
        }
        pos += 7;
        line[pos++] = (byte)'Z';
    }

    private long SampleEngagedPost()
    {
        long filled = Math.Min(_engagementWrites, _engagementPool.Length);
        return _engagementPool[_random.NextInt((int)filled)];
    }

    private void AddEngagement(long postSequence) => _engagementPool[_engagementWrites++ & _engagementMask] = postSequence;

    private int BrandOfRecentPost(long sequence) =>
        _recentPostSequence[sequence & _recentMask] == sequence ? _recentPostBrand[sequence & _recentMask] : -1;

    private int PickBrand(bool french)
    {
        if (french && _frenchBrandPopularity is not null)
        {
            return _frenchBrands[_frenchBrandPopularity.Sample(_random)];
        }
        return _englishBrandPopularity is not null
            ? _englishBrands[_englishBrandPopularity.Sample(_random)]
            : _frenchBrands[_frenchBrandPopularity!.Sample(_random)];
    }

    private static void Put(Span<byte> line, ref int pos, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(line[pos..]);
        pos += bytes.Length;
    }

    private static void PutNumber(Span<byte> line, ref int pos, long value)
    {
        Utf8Formatter.TryFormat(value, line[pos..], out int written);
        pos += written;
    }

    private static TextTemplate[] Parse(string[] texts) => Array.ConvertAll(texts, TextTemplate.Parse);

    private static byte[][] Escape(string[] texts) => Array.ConvertAll(texts, TextTemplate.Escape);

    private static int[] IndexesWhere(SyntheticBrand[] brands, Func<SyntheticBrand, bool> predicate)
    {
        var indexes = new List<int>();
        for (int i = 0; i < brands.Length; i++)
        {
            if (predicate(brands[i]))
            {
                indexes.Add(i);
            }
        }
        return indexes.ToArray();
    }
}
