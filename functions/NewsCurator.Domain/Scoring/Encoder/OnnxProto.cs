using System.Text;

namespace NewsCurator.Scoring.Encoder;

/// <summary>
/// Protobuf wire format for rewriting ONNX models field by field (<see cref="OnnxQuantizer"/>,
/// <see cref="OnnxTunedTop"/>): walk a message's fields keeping their byte ranges, so whatever is
/// not changed is copied byte for byte, and write new fields.
/// </summary>
internal static class OnnxProto
{
    internal const int ModelGraph = 7, GraphNode = 1, GraphInitializer = 5, GraphOutput = 12;
    internal const int NodeInput = 1, NodeOutput = 2, NodeName = 3, NodeOpType = 4, NodeAttribute = 5;
    internal const int ValueInfoName = 1;
    internal const int TensorDims = 1, TensorDataType = 2, TensorName = 8, TensorRawData = 9;
    internal const int TypeFloat = 1, TypeUint8 = 2;

    /// <summary>The model with its graph (ModelProto field 7) replaced by what <paramref name="rewrite"/> makes of it; every other field as it was.</summary>
    internal static byte[] ReplaceGraph(byte[] model, Func<Field, byte[]> rewrite)
    {
        var output = new MemoryStream(model.Length + 1024);
        var graphFound = false;
        foreach (var f in Fields(model, 0, model.Length))
        {
            if (f.Number == ModelGraph && f.Wire == 2)
            {
                WriteBytesField(output, ModelGraph, rewrite(f));
                graphFound = true;
            }
            else output.Write(model, f.Start, f.End - f.Start);
        }
        if (!graphFound) throw new InvalidDataException("not an ONNX model: no graph (ModelProto field 7)");
        return output.ToArray();
    }

    internal static byte[] Tensor(string name, int type, long[] dims, byte[] raw)
    {
        var s = new MemoryStream(raw.Length + 64);
        foreach (var d in dims) WriteVarintField(s, TensorDims, (ulong)d);
        WriteVarintField(s, TensorDataType, (ulong)type);
        WriteString(s, TensorName, name);
        WriteBytesField(s, TensorRawData, raw);
        return s.ToArray();
    }

    internal readonly record struct Field(int Number, int Wire, int Start, int ValueStart, int End);

    internal static string TensorNameOf(byte[] model, Field tensor) => StringField(model, tensor, TensorName);

    /// <summary>The first string field <paramref name="number"/> of a message, or "" when it has none.</summary>
    internal static string StringField(byte[] model, Field message, int number)
    {
        foreach (var f in Fields(model, message.ValueStart, message.End))
            if (f.Number == number && f.Wire == 2) return Encoding.UTF8.GetString(model, f.ValueStart, f.End - f.ValueStart);
        return "";
    }

    /// <summary>The fields of one protobuf message, each with where its key starts, its value starts and it ends.</summary>
    internal static IEnumerable<Field> Fields(byte[] data, int start, int end)
    {
        var position = start;
        while (position < end)
        {
            var fieldStart = position;
            var key = OnnxGraph.ReadVarint(data, ref position, end);
            var (number, wire) = ((int)(key >> 3), (int)(key & 7));
            var valueStart = position;
            switch (wire)
            {
                case 0: OnnxGraph.ReadVarint(data, ref position, end); break;
                case 1: position += 8; break;
                case 5: position += 4; break;
                case 2:
                    var length = checked((int)OnnxGraph.ReadVarint(data, ref position, end));
                    valueStart = position;
                    position += length;
                    break;
                default: throw new InvalidDataException($"ONNX model is corrupt (wire type {wire})");
            }
            if (position > end) throw new InvalidDataException("ONNX model is truncated");
            yield return new Field(number, wire, fieldStart, valueStart, position);
        }
    }

    internal static void WriteVarint(Stream s, ulong value)
    {
        while (value >= 0x80)
        {
            s.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }
        s.WriteByte((byte)value);
    }

    internal static void WriteVarintField(Stream s, int field, ulong value)
    {
        WriteVarint(s, (ulong)field << 3);
        WriteVarint(s, value);
    }

    internal static void WriteBytesField(Stream s, int field, byte[] value)
    {
        WriteVarint(s, ((ulong)field << 3) | 2);
        WriteVarint(s, (ulong)value.Length);
        s.Write(value);
    }

    internal static void WriteString(Stream s, int field, string value) => WriteBytesField(s, field, Encoding.UTF8.GetBytes(value));
}
