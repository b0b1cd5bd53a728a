using System.Runtime.CompilerServices;

namespace Alignment.Numbers;

public sealed partial class NumberReader
{
    // The running value of number words: scales compose the long way, a scale multiplies everything since the last
    // larger scale, so "trescientos cincuenta mil doscientos millones" is (350 000 + 200) × 10^6.
    private sealed partial class Parser
    {
        // Scale words one compound may hold ("un billón trescientos mil millones" holds three); more ends the number.
        private const int MaxSegments = 8;

        [InlineArray(MaxSegments)]
        private struct SegmentArray
        {
            private double _first;
        }

        // A compound read so far: one segment per scale word (its scale and the value it took), then the count said
        // since the last scale (Current); Any once a word counted, Article while an article waits for its scale.
        private struct Compound
        {
            private SegmentArray _scale;
            private SegmentArray _value;

            public Compound()
            {
            }

            public int Segments { get; private set; }

            public double Current { get; set; }

            public double MaxScale { get; private set; } = 1;

            public double LastScale { get; private set; } = 1;

            public bool Any { get; set; }

            public bool Article { get; set; }

            // The segments' sum, without the count since the last scale.
            public readonly double Total
            {
                get
                {
                    double sum = 0;
                    for (int k = 0; k < Segments; k++)
                    {
                        sum += _value[k];
                    }

                    return sum;
                }
            }

            public readonly double Value => Total + Current;

            // The scale word s takes what was said since the last larger scale: "(trescientos cincuenta mil doscientos) millones".
            // False where the scale cannot come here: "mil mil" is no number; "un billón mil millones" is, since "mil" stands alone.
            public bool TakeScale(double s, bool standsAlone)
            {
                if (Any && Current == 0 && (s == LastScale || (s < LastScale && !standsAlone)))
                {
                    return false;
                }

                double taken = Current > 0 ? Current : Segments > 0 && s > LastScale ? 0 : 1;
                while (Segments > 0 && _scale[Segments - 1] < s)
                {
                    taken += _value[--Segments];
                }

                if (Segments == MaxSegments)
                {
                    return false;
                }

                _scale[Segments] = s;
                _value[Segments++] = taken * s;
                MaxScale = Math.Max(MaxScale, s);
                LastScale = s;
                Current = 0;
                Article = false;
                return true;
            }

            // "dos millones y medio": a half of the last scale joins the segment that scale made.
            public void AddToLastSegment(double amount) => _value[Segments - 1] += amount;
        }
    }
}
