using System.Text;

namespace NewsCurator.Scoring.Encoder;

/// <summary>A float tensor stored in an ONNX graph: its name and shape as written there.</summary>
public sealed record OnnxTensor(string Name, long[] Shape, float[] Data);

/// <summary>One node of an ONNX graph, as far as mapping weights needs it.</summary>
public sealed record OnnxNode(string OpType, string[] Inputs, string[] Outputs);

/// <summary>
/// Reads the float initializers and the nodes of an ONNX model (ModelProto, protobuf wire format),
/// so weights can be moved into another runtime without onnx tooling. Only what weight mapping
/// needs is decoded (onnx.proto field numbers: ModelProto.graph = 7; GraphProto.node = 1,
/// initializer = 5; NodeProto.input = 1, output = 2, op_type = 4; TensorProto.dims = 1,
/// data_type = 2, float_data = 4, name = 8, raw_data = 9); everything else is skipped by wire type.
/// </summary>
public sealed class OnnxGraph
{
    private const int FloatType = 1;

    public Dictionary<string, OnnxTensor> Initializers { get; } = new(StringComparer.Ordinal);
    public List<OnnxNode> Nodes { get; } = [];

    public static OnnxGraph Read(byte[] model)
    {
        var graph = new OnnxGraph();
        var reader = new ProtoReader(model, 0, model.Length);
        var found = false;
        while (reader.Next(out var field, out var wire))
        {
            if (field == 7 && wire == 2) { graph.ReadGraph(reader.Bytes()); found = true; }
            else reader.Skip(wire);
        }
        if (!found) throw new InvalidDataException("not an ONNX model: no graph (ModelProto field 7)");
        return graph;
    }

    private void ReadGraph(ProtoReader graph)
    {
        while (graph.Next(out var field, out var wire))
        {
            if (field == 1 && wire == 2) Nodes.Add(ReadNode(graph.Bytes()));
            else if (field == 5 && wire == 2) { if (ReadTensor(graph.Bytes()) is { } t) Initializers[t.Name] = t; }
            else graph.Skip(wire);
        }
    }

    private static OnnxNode ReadNode(ProtoReader node)
    {
        var inputs = new List<string>();
        var outputs = new List<string>();
        var op = "";
        while (node.Next(out var field, out var wire))
        {
            if (field == 1 && wire == 2) inputs.Add(node.String());
            else if (field == 2 && wire == 2) outputs.Add(node.String());
            else if (field == 4 && wire == 2) op = node.String();
            else node.Skip(wire);
        }
        return new OnnxNode(op, [.. inputs], [.. outputs]);
    }

    private static OnnxTensor? ReadTensor(ProtoReader tensor)
    {
        var dims = new List<long>();
        var name = "";
        var type = 0;
        ProtoReader? raw = null;
        var floats = new List<float>();
        while (tensor.Next(out var field, out var wire))
        {
            switch (field)
            {
                case 1 when wire == 0: dims.Add((long)tensor.Varint()); break;
                case 1 when wire == 2: { var packed = tensor.Bytes(); while (!packed.End) dims.Add((long)packed.Varint()); break; }
                case 2 when wire == 0: type = (int)tensor.Varint(); break;
                case 4 when wire == 2: floats.AddRange(tensor.PackedFloats()); break;
                case 4 when wire == 5: floats.Add(tensor.Fixed32Float()); break;
                case 8 when wire == 2: name = tensor.String(); break;
                case 9 when wire == 2: raw = tensor.Bytes(); break; // decoded once the type is known (a quantised graph holds bytes)
                default: tensor.Skip(wire); break;
            }
        }
        if (type != FloatType) return null;
        var data = raw is not null ? raw.RawFloats(all: true) : [.. floats];
        var expected = dims.Aggregate(1L, (a, d) => a * d);
        if (expected != data.Length)
            throw new InvalidDataException($"ONNX initializer '{name}' holds {data.Length} floats for shape [{string.Join(",", dims)}]");
        return new OnnxTensor(name, [.. dims], data);
    }

    /// <summary>A protobuf base-128 varint at <paramref name="position"/>, which it advances.</summary>
    internal static ulong ReadVarint(byte[] data, ref int position, int end)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (position >= end) throw new InvalidDataException("ONNX model is truncated (varint)");
            var b = data[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return value;
        }
        throw new InvalidDataException("ONNX model is corrupt (varint longer than 10 bytes)");
    }

    /// <summary>Protobuf wire-format reader over a slice of the model bytes (no copies until a value is taken).</summary>
    private sealed class ProtoReader(byte[] buffer, int position, int end)
    {
        private int _position = position;

        public bool End => _position >= end;

        public bool Next(out int field, out int wire)
        {
            if (End) { field = wire = 0; return false; }
            var key = Varint();
            field = (int)(key >> 3);
            wire = (int)(key & 7);
            return true;
        }

        public ulong Varint() => ReadVarint(buffer, ref _position, end);

        public ProtoReader Bytes()
        {
            var length = checked((int)Varint());
            if (length < 0 || _position + length > end) throw new InvalidDataException("ONNX model is truncated (length-delimited field)");
            var slice = new ProtoReader(buffer, _position, _position + length);
            _position += length;
            return slice;
        }

        public string String()
        {
            var slice = Bytes();
            return Encoding.UTF8.GetString(buffer, slice._position, slice.Length);
        }

        public float[] PackedFloats() => Bytes().RawFloats(all: true);

        public float[] RawFloats(bool all = false)
        {
            var slice = all ? this : Bytes();
            var bytes = slice.Length;
            if (bytes % 4 != 0) throw new InvalidDataException("ONNX float data is not a multiple of 4 bytes");
            var floats = new float[bytes / 4];
            Buffer.BlockCopy(buffer, slice._position, floats, 0, bytes); // little-endian, as ONNX stores it
            if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("big-endian hosts cannot read ONNX raw data as is");
            slice._position += bytes;
            return floats;
        }

        public float Fixed32Float()
        {
            if (_position + 4 > end) throw new InvalidDataException("ONNX model is truncated (fixed32)");
            var value = BitConverter.ToSingle(buffer, _position);
            _position += 4;
            return value;
        }

        private int Length => end - _position;

        public void Skip(int wire)
        {
            switch (wire)
            {
                case 0: Varint(); break;
                case 1: _position += 8; break;
                case 2: Bytes(); break;
                case 5: _position += 4; break;
                default: throw new InvalidDataException($"ONNX model is corrupt (wire type {wire})");
            }
            if (_position > end) throw new InvalidDataException("ONNX model is truncated");
        }
    }
}
