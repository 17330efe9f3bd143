using J2N;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Enforcement.Search;

/// <summary>
/// What <c>CJKWidthFilter</c>, <c>LowerCaseFilter</c> and <c>CJKBigramFilter(ALL, outputUnigrams: true)</c> do in
/// turn, in one filter and token for token the same (terms, offsets, positions, types; a test compares them on
/// every decision and on random text). The three took two thirds of the analysis time, which was most of the
/// build's index stage: lower-casing copied every term through a second buffer, and the bigram filter cleared
/// every attribute per token and copied the whole attribute state whenever a word followed a CJK character.
/// Here the folding is done in place with a fast path for ASCII and CJK ideographs, and the one token that must
/// wait while a lone CJK unigram goes out is held in plain fields.
/// </summary>
public sealed class FoldingBigramFilter : TokenFilter
{
    private static readonly string HanType = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC];
    private static readonly string HiraganaType = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HIRAGANA];
    private static readonly string KatakanaType = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.KATAKANA];
    private static readonly string HangulType = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HANGUL];

    private readonly ICharTermAttribute termAtt;
    private readonly ITypeAttribute typeAtt;
    private readonly IOffsetAttribute offsetAtt;
    private readonly IPositionIncrementAttribute posIncAtt;
    private readonly IPositionLengthAttribute posLengthAtt;

    // The current run of adjacent CJK characters, one code point each with its offsets.
    private int[] buffer = new int[8];
    private int[] startOffset = new int[8];
    private int[] endOffset = new int[8];
    private int bufferLen;
    private int index;
    private int lastEndOffset;
    private bool exhausted;
    private bool bigramNext;

    // The token read while the run's last unigram still had to go out (CJKBigramFilter captures its state).
    private bool held;
    private char[] heldTerm = new char[16];
    private int heldLength, heldStart, heldEnd, heldPosInc;
    private string heldType = "";

    public FoldingBigramFilter(TokenStream input) : base(input)
    {
        termAtt = AddAttribute<ICharTermAttribute>();
        typeAtt = AddAttribute<ITypeAttribute>();
        offsetAtt = AddAttribute<IOffsetAttribute>();
        posIncAtt = AddAttribute<IPositionIncrementAttribute>();
        posLengthAtt = AddAttribute<IPositionLengthAttribute>();
    }

    public override bool IncrementToken()
    {
        while (true)
        {
            if (bufferLen - index > 1)
            {
                if (bigramNext) FlushBigram();
                else
                {
                    FlushUnigram();
                    index--;
                }
                bigramNext = !bigramNext;
                return true;
            }
            if (Next())
            {
                if (IsCjk(typeAtt.Type))
                {
                    if (offsetAtt.StartOffset != lastEndOffset) // not adjacent: a new run
                    {
                        if (bufferLen - index == 1)
                        {
                            Hold();
                            FlushUnigram();
                            return true;
                        }
                        index = 0;
                        bufferLen = 0;
                    }
                    Refill();
                }
                else
                {
                    if (bufferLen - index == 1)
                    {
                        Hold();
                        FlushUnigram();
                    }
                    return true;
                }
            }
            else
            {
                if (bufferLen - index == 1)
                {
                    FlushUnigram();
                    return true;
                }
                return false;
            }
        }
    }

    public override void Reset()
    {
        base.Reset();
        bufferLen = 0;
        index = 0;
        lastEndOffset = 0;
        held = false;
        exhausted = false;
        bigramNext = false;
    }

    private static bool IsCjk(string type) => type == HanType || type == HiraganaType || type == KatakanaType || type == HangulType;

    /// <summary>The held token if there is one, else the next token of the input, folded.</summary>
    private bool Next()
    {
        if (held)
        {
            held = false;
            termAtt.CopyBuffer(heldTerm, 0, heldLength);
            offsetAtt.SetOffset(heldStart, heldEnd);
            typeAtt.Type = heldType;
            posIncAtt.PositionIncrement = heldPosInc;
            posLengthAtt.PositionLength = 1;
            return true;
        }
        if (exhausted) return false;
        if (!m_input.IncrementToken())
        {
            exhausted = true;
            return false;
        }
        Fold();
        return true;
    }

    private void Hold()
    {
        held = true;
        heldLength = termAtt.Length;
        if (heldTerm.Length < heldLength) heldTerm = new char[ArrayUtil.Oversize(heldLength, sizeof(char))];
        Array.Copy(termAtt.Buffer, heldTerm, heldLength);
        heldStart = offsetAtt.StartOffset;
        heldEnd = offsetAtt.EndOffset;
        heldType = typeAtt.Type;
        heldPosInc = posIncAtt.PositionIncrement;
    }

    /// <summary>Width folding, then invariant lower case; ASCII and CJK ideographs (nearly every character) skip both.</summary>
    private void Fold()
    {
        var text = termAtt.Buffer;
        var length = termAtt.Length;
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                if ((uint)(c - 'A') <= 'Z' - 'A') text[i] = (char)(c + ('a' - 'A'));
            }
            else if (c is < '\u3400' or > '\u9FFF')
            {
                termAtt.Length = FoldSlowly(text, length);
                return;
            }
        }
    }

    private static int FoldSlowly(char[] text, int length)
    {
        length = CjkWidth.Fold(text, length);
        var lowered = length <= 256 ? stackalloc char[length] : new char[length];
        text.AsSpan(0, length).ToLower(lowered, System.Globalization.CultureInfo.InvariantCulture);
        lowered.CopyTo(text);
        return length;
    }

    private void Refill()
    {
        // Compact the buffer: only the last code point can still start a bigram.
        if (bufferLen > 64)
        {
            var last = bufferLen - 1;
            buffer[0] = buffer[last];
            startOffset[0] = startOffset[last];
            endOffset[0] = endOffset[last];
            bufferLen = 1;
            index -= last;
        }

        var termBuffer = termAtt.Buffer;
        var len = termAtt.Length;
        var start = offsetAtt.StartOffset;
        var end = offsetAtt.EndOffset;
        var newSize = bufferLen + len;
        if (newSize > buffer.Length)
        {
            buffer = ArrayUtil.Grow(buffer, newSize);
            startOffset = ArrayUtil.Grow(startOffset, newSize);
            endOffset = ArrayUtil.Grow(endOffset, newSize);
        }
        lastEndOffset = end;

        if (len == 1 && end - start == 1)
        {
            // One BMP character, the usual case: StandardTokenizer gives each ideograph on its own.
            buffer[bufferLen] = termBuffer[0];
            startOffset[bufferLen] = start;
            endOffset[bufferLen] = end;
            bufferLen++;
        }
        else if (end - start != len)
        {
            // Folding (or a char filter) changed the length: every character spans the whole token.
            for (int i = 0, cp; i < len; i += Character.CharCount(cp))
            {
                cp = buffer[bufferLen] = Character.CodePointAt(termBuffer, i, len);
                startOffset[bufferLen] = start;
                endOffset[bufferLen] = end;
                bufferLen++;
            }
        }
        else
        {
            for (int i = 0, cp, cpLen; i < len; i += cpLen)
            {
                cp = buffer[bufferLen] = Character.CodePointAt(termBuffer, i, len);
                cpLen = Character.CharCount(cp);
                startOffset[bufferLen] = start;
                start = endOffset[bufferLen] = start + cpLen;
                bufferLen++;
            }
        }
    }

    private void FlushBigram()
    {
        var termBuffer = termAtt.ResizeBuffer(4);
        var len1 = Put(buffer[index], termBuffer, 0);
        termAtt.Length = len1 + Put(buffer[index + 1], termBuffer, len1);
        offsetAtt.SetOffset(startOffset[index], endOffset[index + 1]);
        typeAtt.Type = CJKBigramFilterTypes.Double;
        posIncAtt.PositionIncrement = 0;
        posLengthAtt.PositionLength = 2;
        index++;
    }

    private void FlushUnigram()
    {
        var termBuffer = termAtt.ResizeBuffer(2);
        termAtt.Length = Put(buffer[index], termBuffer, 0);
        offsetAtt.SetOffset(startOffset[index], endOffset[index]);
        typeAtt.Type = CJKBigramFilterTypes.Single;
        posIncAtt.PositionIncrement = 1;
        posLengthAtt.PositionLength = 1;
        index++;
    }

    private static int Put(int codePoint, char[] target, int at)
    {
        if (codePoint < 0x10000)
        {
            target[at] = (char)codePoint;
            return 1;
        }
        return Character.ToChars(codePoint, target, at);
    }

    private static class CJKBigramFilterTypes
    {
        public const string Double = Lucene.Net.Analysis.Cjk.CJKBigramFilter.DOUBLE_TYPE;
        public const string Single = Lucene.Net.Analysis.Cjk.CJKBigramFilter.SINGLE_TYPE;
    }

    /// <summary>CJKWidthFilter's folding: full-width ASCII to ASCII, half-width katakana to full width (voiced marks combined).</summary>
    private static class CjkWidth
    {
        private static readonly char[] KanaNorm =
        [
            '\u30fb', '\u30f2', '\u30a1', '\u30a3', '\u30a5', '\u30a7', '\u30a9', '\u30e3', '\u30e5', '\u30e7', '\u30c3', '\u30fc',
            '\u30a2', '\u30a4', '\u30a6', '\u30a8', '\u30aa', '\u30ab', '\u30ad', '\u30af', '\u30b1', '\u30b3', '\u30b5', '\u30b7',
            '\u30b9', '\u30bb', '\u30bd', '\u30bf', '\u30c1', '\u30c4', '\u30c6', '\u30c8', '\u30ca', '\u30cb', '\u30cc', '\u30cd',
            '\u30ce', '\u30cf', '\u30d2', '\u30d5', '\u30d8', '\u30db', '\u30de', '\u30df', '\u30e0', '\u30e1', '\u30e2', '\u30e4',
            '\u30e6', '\u30e8', '\u30e9', '\u30ea', '\u30eb', '\u30ec', '\u30ed', '\u30ef', '\u30f3', '\u3099', '\u309A',
        ];

        private static readonly sbyte[] CombineVoiced =
        [
            78, 0, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1,
            0, 1, 0, 1, 0, 0, 1, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 1,
            0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 8, 8, 8, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
        ];

        private static readonly sbyte[] CombineHalfVoiced =
        [
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 2, 0, 0, 2,
            0, 0, 2, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        ];

        public static int Fold(char[] text, int length)
        {
            for (var i = 0; i < length; i++)
            {
                var ch = text[i];
                if (ch is >= '\uFF01' and <= '\uFF5E')
                    text[i] = (char)(ch - 0xFEE0);
                else if (ch is >= '\uFF65' and <= '\uFF9F')
                {
                    if (ch is '\uFF9E' or '\uFF9F' && i > 0 && Combine(text, i, ch))
                    {
                        Array.Copy(text, i + 1, text, i, length - i - 1);
                        length--;
                        i--;
                    }
                    else text[i] = KanaNorm[ch - 0xFF65];
                }
            }
            return length;
        }

        private static bool Combine(char[] text, int pos, char ch)
        {
            var prev = text[pos - 1];
            if (prev is < '\u30A6' or > '\u30FD') return false;
            text[pos - 1] += (char)(ch == '\uFF9F' ? CombineHalfVoiced[prev - 0x30A6] : CombineVoiced[prev - 0x30A6]);
            return text[pos - 1] != prev;
        }
    }
}
