using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using Microsoft.CodeAnalysis;

namespace ChargePoint.DeviceCheck
{
    /// <summary>
    /// One run of the device check over a repository: discovers the .nfproj files of the solution, checks their
    /// references, compiles them in dependency order against the official mscorlib and the generated reference
    /// assemblies, runs the API gate, measures them against the .pe budgets, and applies the image rules (no
    /// simulation code in an ESP32 executable's closure; test projects reference only CoreLibrary-level packages; an Exe with
    /// NanoImage=false is a nanoCLR program, not an image: simulation allowed, nanoCLR-level packages only).
    /// Every check is counted; <see cref="Failed"/> == 0 is success.
    /// </summary>
    public sealed class DeviceCheckRun
    {
        private readonly DeviceCheckOptions _options;
        private readonly List<string> _notes = new List<string>();

        /// <summary>Names the runtime has built in, from the official mscorlib (<see cref="PeTables.BuiltInNames"/>).</summary>
        private ISet<string>? _builtInNames;

        private DeviceCheckRun(DeviceCheckOptions options)
        {
            _options = options;
        }

        public List<CheckOutcome> Checks { get; } = new List<CheckOutcome>();

        /// <summary>The device projects in dependency order (references first).</summary>
        public List<DeviceProjectOutcome> Projects { get; } = new List<DeviceProjectOutcome>();

        /// <summary>One line per ESP32 image (non-test Exe) and per nanoCLR program (NanoImage=false): assemblies, estimated size.</summary>
        public List<string> Images { get; } = new List<string>();

        public int Passed
        {
            get { return Count(true); }
        }

        public int Failed
        {
            get { return Count(false); }
        }

        public string SummaryLine
        {
            get { return "device check: " + Passed + " passed, " + Failed + " failed"; }
        }

        public static DeviceCheckRun Run(DeviceCheckOptions options)
        {
            var run = new DeviceCheckRun(options);
            run.Execute();
            return run;
        }

        /// <summary>The failed checks' names and messages, one block each ("" when all passed).</summary>
        public string Failures()
        {
            var sb = new StringBuilder();
            foreach (CheckOutcome c in Checks)
            {
                if (!c.Passed)
                {
                    sb.Append("FAIL ").Append(c.Name).Append(": ").Append(c.Message).Append('\n');
                }
            }

            return sb.ToString();
        }

        /// <summary>The full report: table, images, failures, and the closing summary line.</summary>
        public string Report()
        {
            var sb = new StringBuilder();
            int nameWidth = 8;
            int pathWidth = 7;
            foreach (DeviceProjectOutcome p in Projects)
            {
                nameWidth = Math.Max(nameWidth, p.Project.AssemblyName.Length);
                pathWidth = Math.Max(pathWidth, p.RelativePath.Length);
            }

            string format = "{0,-" + nameWidth + "} {1,-" + pathWidth + "} {2,-4} {3,9} {4,12} {5,12}  {6}";
            sb.AppendFormat(CultureInfo.InvariantCulture, format, "assembly", "project", "kind", "byte code", "string bytes", "est. .pe", "budget").Append('\n');
            foreach (DeviceProjectOutcome p in Projects)
            {
                AssemblySize? s = p.Size;
                string budget = s == null ? "NOT COMPILED" : Over(s);
                sb.AppendFormat(CultureInfo.InvariantCulture, format, p.Project.AssemblyName, p.RelativePath, p.Project.Kind,
                    s == null ? "-" : s.ByteCodeBytes.ToString("N0", CultureInfo.InvariantCulture),
                    s == null ? "-" : s.StringBytes.ToString("N0", CultureInfo.InvariantCulture),
                    s == null ? "-" : s.EstimatedPeBytes.ToString("N0", CultureInfo.InvariantCulture), budget).Append('\n');
            }

            sb.Append("(budgets per assembly: byte code <= ").Append(_options.ByteCodeBudget.ToString("N0", CultureInfo.InvariantCulture))
                .Append(", strings = #Strings + #US/2 <= ").Append(_options.StringBudget.ToString("N0", CultureInfo.InvariantCulture))
                .Append("; ").Append(AssemblySize.Formula).Append(")\n");
            foreach (string image in Images)
            {
                sb.Append(image).Append('\n');
            }

            foreach (string note in _notes)
            {
                sb.Append(note).Append('\n');
            }

            string failures = Failures();
            if (failures.Length > 0)
            {
                sb.Append('\n').Append(failures);
            }

            sb.Append(SummaryLine).Append('\n');
            return sb.ToString();
        }

        /// <summary>The first check whose name starts with <paramref name="prefix"/>, or null.</summary>
        public CheckOutcome? Find(string prefix)
        {
            foreach (CheckOutcome c in Checks)
            {
                if (c.Name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return c;
                }
            }

            return null;
        }

        private string Over(AssemblySize s)
        {
            var over = new List<string>();
            if (s.ByteCodeBytes > _options.ByteCodeBudget)
            {
                over.Add("byte code");
            }

            if (s.StringBytes > _options.StringBudget)
            {
                over.Add("strings");
            }

            return over.Count == 0 ? "OK" : "OVER (" + string.Join(", ", over) + ")";
        }

        private int Count(bool passed)
        {
            int n = 0;
            foreach (CheckOutcome c in Checks)
            {
                if (c.Passed == passed)
                {
                    n++;
                }
            }

            return n;
        }

        private void Check(string name, bool passed, string message)
        {
            Checks.Add(new CheckOutcome(name, passed, message));
        }

        private void Execute()
        {
            NanoReferenceAssemblies nano;
            try
            {
                nano = NanoReferenceAssemblies.Shared(Path.Combine(_options.ApiDirectory, "sig"));
            }
            catch (Exception e) when (e is IOException || e is InvalidOperationException || e is UnauthorizedAccessException)
            {
                Check("nanoFramework reference assemblies", false, e.Message);
                return;
            }

            Check("nanoFramework reference assemblies", nano.Dropped.Count == 0, nano.Dropped.Count == 0
                ? "mscorlib " + NanoPackages.CoreLibraryVersion + " (NuGet) + " + nano.Order.Count + " generated from sig/"
                : "sig lines the generator could not express:\n  " + string.Join("\n  ", nano.Dropped));
            if (_options.OutputDirectory != null)
            {
                nano.WriteTo(Path.Combine(_options.OutputDirectory, "nanoFramework"));
            }

            CheckPeModel();
            if (!Discover())
            {
                return;
            }

            var own = new HashSet<string>(StringComparer.Ordinal);
            foreach (DeviceProjectOutcome p in Projects)
            {
                own.Add(p.Project.AssemblyName);
            }

            foreach (DeviceProjectOutcome p in Projects)
            {
                CheckReferences(p);
                CompileProject(p, nano);
                if (p.Image != null)
                {
                    GateProject(p, own);
                    MeasureProject(p);
                }
            }

            foreach (DeviceProjectOutcome p in Projects)
            {
                if (p.Project.IsImage)
                {
                    CheckImage(p);
                }

                if (p.Project.IsNanoClrProgram)
                {
                    CheckProgramReferences(p);
                }

                if (p.Project.IsTestProject)
                {
                    CheckTestReferences(p);
                }
            }
        }

        /// <summary>Loads the solution's projects and orders them (references first). False when that failed.</summary>
        private bool Discover()
        {
            if (!File.Exists(_options.Solution))
            {
                Check("device projects", false, "solution not found: " + _options.Solution);
                return false;
            }

            var byPath = new Dictionary<string, DeviceProjectOutcome>(StringComparer.Ordinal);
            var problems = new List<string>();
            var pending = new List<string>(NfSolution.DeviceProjects(_options.Solution));
            var listed = new HashSet<string>(pending, StringComparer.Ordinal);
            for (int i = 0; i < pending.Count; i++)
            {
                string path = pending[i];
                if (byPath.ContainsKey(path))
                {
                    continue;
                }

                if (!File.Exists(path))
                {
                    problems.Add(Relative(path) + ": file not found");
                    continue;
                }

                NfProject project = NfProject.Load(path);
                byPath[path] = new DeviceProjectOutcome(project, Relative(path));
                foreach (string referenced in project.ProjectReferencePaths())
                {
                    if (!listed.Contains(referenced))
                    {
                        problems.Add(Relative(path) + ": ProjectReference " + Relative(referenced) + " is not in " + Path.GetFileName(_options.Solution));
                        listed.Add(referenced);
                    }

                    pending.Add(referenced);
                }
            }

            foreach (DeviceProjectOutcome p in byPath.Values)
            {
                foreach (string referenced in p.Project.ProjectReferencePaths())
                {
                    if (byPath.TryGetValue(referenced, out DeviceProjectOutcome? target))
                    {
                        p.ProjectReferences.Add(target);
                    }
                }
            }

            // Topological order over ProjectReferences, solution order among equals.
            var state = new Dictionary<DeviceProjectOutcome, int>();
            var ordered = new List<DeviceProjectOutcome>();
            foreach (string path in pending)
            {
                if (byPath.TryGetValue(path, out DeviceProjectOutcome? p))
                {
                    Visit(p, state, ordered, new List<DeviceProjectOutcome>(), problems);
                }
            }

            Projects.AddRange(ordered);
            Check("device projects", problems.Count == 0, problems.Count == 0
                ? ordered.Count + " from " + Path.GetFileName(_options.Solution)
                : string.Join("\n  ", problems));
            return ordered.Count > 0;
        }

        private static void Visit(DeviceProjectOutcome p, Dictionary<DeviceProjectOutcome, int> state, List<DeviceProjectOutcome> ordered,
            List<DeviceProjectOutcome> stack, List<string> problems)
        {
            if (state.TryGetValue(p, out int s))
            {
                if (s == 1)
                {
                    var names = new List<string>();
                    for (int i = stack.IndexOf(p); i < stack.Count; i++)
                    {
                        names.Add(stack[i].RelativePath);
                    }

                    names.Add(p.RelativePath);
                    problems.Add("ProjectReference cycle: " + string.Join(" -> ", names));
                }

                return;
            }

            state[p] = 1;
            stack.Add(p);
            foreach (DeviceProjectOutcome r in p.ProjectReferences)
            {
                Visit(r, state, ordered, stack, problems);
            }

            stack.RemoveAt(stack.Count - 1);
            state[p] = 2;
            ordered.Add(p);
        }

        private void CheckReferences(DeviceProjectOutcome p)
        {
            List<string> problems = ReferenceValidator.Validate(p.Project, p.Assemblies);
            if (!p.Assemblies.Contains("mscorlib"))
            {
                problems.Add("no Reference to mscorlib (nanoFramework.CoreLibrary)");
            }

            Check("references " + p.Label, problems.Count == 0, problems.Count == 0
                ? string.Join(", ", p.Assemblies) : string.Join("\n  ", problems));
        }

        private void CompileProject(DeviceProjectOutcome p, NanoReferenceAssemblies nano)
        {
            string name = "compile " + p.Label;
            var references = new List<MetadataReference> { nano.Mscorlib };
            foreach (string assembly in p.Assemblies)
            {
                MetadataReference? r = nano.For(assembly);
                if (r != null && !references.Contains(r))
                {
                    references.Add(r);
                }
            }

            foreach (DeviceProjectOutcome r in p.ProjectReferences)
            {
                if (r.Image == null)
                {
                    Check(name, false, "not compiled: its ProjectReference " + r.Label + " did not compile");
                    return;
                }

                references.Add(MetadataReference.CreateFromImage(r.Image, filePath: r.Project.AssemblyName + ".dll"));
            }

            var missing = new List<string>();
            List<string> files = p.Project.SourceFiles();
            foreach (string file in files)
            {
                if (!File.Exists(file))
                {
                    missing.Add(Relative(file));
                }
            }

            if (missing.Count > 0)
            {
                Check(name, false, "Compile items not found:\n  " + string.Join("\n  ", missing));
                return;
            }

            DeviceCompileResult result = DeviceCompiler.CompileFiles(p.Project.AssemblyName, files, p.Project.IsExe, references, _options.Root, p.Project.Nullable);
            p.Compile = result;
            if (result.Image != null)
            {
                p.Image = result.Image.ToArray();
                if (_options.OutputDirectory != null)
                {
                    string dir = Path.Combine(_options.OutputDirectory, Path.GetDirectoryName(p.RelativePath) ?? "");
                    Directory.CreateDirectory(dir);
                    File.WriteAllBytes(Path.Combine(dir, p.Project.AssemblyName + (p.Project.IsExe ? ".exe" : ".dll")), p.Image);
                }
            }

            Check(name, result.Errors.Count == 0, result.Errors.Count == 0
                ? files.Count + " files" : result.Report(p.RelativePath));
        }

        private void GateProject(DeviceProjectOutcome p, HashSet<string> own)
        {
            ApiAllowList allow = ApiAllowList.Load(_options.ApiDirectory, p.Assemblies);
            using (var stream = new MemoryStream(p.Image!))
            {
                p.Violations.AddRange(ApiGate.Scan(stream, allow, own.Contains));
            }

            Check("API gate " + p.Label, p.Violations.Count == 0, p.Violations.Count == 0
                ? "lists: " + string.Join(", ", allow.ActiveLists) : ApiGate.Format(p.Project.AssemblyName, p.Violations));

            // Patterns that behave differently on the nanoCLR (eng/CONVENTIONS.md, "Runtime differences from .NET").
            List<string> pitfalls;
            using (var stream = new MemoryStream(p.Image!))
            {
                pitfalls = RuntimePitfallScan.Scan(stream);
            }

            Check("runtime pitfalls " + p.Label, pitfalls.Count == 0, pitfalls.Count == 0
                ? "no DateTime sentinel" : p.Project.AssemblyName + ":\n  " + string.Join("\n  ", pitfalls));
        }

        /// <summary>
        /// The .pe model against the one real .pe at hand: the official mscorlib.pe of the CoreLibrary package, modelled
        /// from its mscorlib.dll with what its .pdbx says the metadata processor kept (mscorlib drops attribute classes
        /// by name; names the runtime has built in leave its string table almost empty, so strings are not compared).
        /// </summary>
        private void CheckPeModel()
        {
            const string name = "pe model against the official mscorlib.pe";
            string dll = NanoPackages.OfficialMscorlib();
            string pe = Path.ChangeExtension(dll, ".pe");
            string pdbx = Path.ChangeExtension(dll, ".pdbx");
            if (!File.Exists(pe) || !File.Exists(pdbx))
            {
                Check(name, false, "mscorlib.pe or mscorlib.pdbx missing beside " + dll);
                return;
            }

            var kept = new HashSet<int>();
            foreach (System.Xml.Linq.XElement token in System.Xml.Linq.XDocument.Load(pdbx).Descendants("Token"))
            {
                kept.Add(Convert.ToInt32(token.Element("CLR")!.Value, 16));
            }

            byte[] peBytes = File.ReadAllBytes(pe);
            PeTables real = PeTables.Read(peBytes);
            _builtInNames = PeTables.BuiltInNames(dll, peBytes);
            PeTables model;
            using (FileStream stream = File.OpenRead(dll))
            using (var reader = new PEReader(stream))
            {
                model = PeTables.Model(reader, kept, _builtInNames);
            }

            bool rows = model.TypeDefs == real.TypeDefs && model.FieldDefs == real.FieldDefs && model.MethodDefs == real.MethodDefs
                && model.TypeSpecs == real.TypeSpecs;
            double off = (model.ByteCode - real.ByteCode) / (double)real.ByteCode;
            double signatures = (model.Signatures - real.Signatures) / (double)real.Signatures;
            Check(name, rows && Math.Abs(off) <= 0.01 && Math.Abs(signatures) <= 0.03, string.Format(CultureInfo.InvariantCulture,
                "rows (type, field, method, type spec) modelled {0:N0} / {1:N0} / {2:N0} / {3:N0}, real {4:N0} / {5:N0} / {6:N0} / {7:N0}; "
                + "byte code modelled {8:N0}, real {9:N0} ({10:0.00%}); signatures modelled {11:N0}, real {12:N0} ({13:0.00%}); strings modelled {14:N0}, real {15:N0}", model.TypeDefs, model.FieldDefs, model.MethodDefs,
                model.TypeSpecs, real.TypeDefs, real.FieldDefs, real.MethodDefs, real.TypeSpecs, model.ByteCode, real.ByteCode, off,
                model.Signatures, real.Signatures, signatures, model.Strings, real.Strings));
        }

        private void MeasureProject(DeviceProjectOutcome p)
        {
            using (var stream = new MemoryStream(p.Image!))
            {
                p.Size = AssemblySize.Measure(stream, _builtInNames);
            }

            AssemblySize s = p.Size;
            Check("byte-code budget " + p.Label, s.ByteCodeBytes <= _options.ByteCodeBudget,
                Bytes(s.ByteCodeBytes) + " of .pe byte code (" + Bytes(s.IlBytes) + " of IL), budget " + Bytes(_options.ByteCodeBudget)
                + (s.ByteCodeBytes <= _options.ByteCodeBudget ? "" : ": the .pe byte-code table would overflow; split the assembly"));
            Check("string budget " + p.Label, s.StringBytes <= _options.StringBudget,
                Bytes(s.StringBytes) + " of strings (#Strings " + Bytes(s.StringsHeap) + " + #US/2 " + Bytes(s.UserStringsHeap / 2)
                + "), budget " + Bytes(_options.StringBudget)
                + (s.StringBytes <= _options.StringBudget ? "" : ": the .pe string table would overflow; split the assembly"));
        }

        /// <summary>An ESP32 executable's closure must hold no simulation code; reports its packages and estimated size.</summary>
        private void CheckImage(DeviceProjectOutcome exe)
        {
            List<DeviceProjectOutcome> closure = exe.Closure();
            var findings = new List<string>();
            var packages = new SortedSet<string>(StringComparer.Ordinal);
            var parts = new List<string>();
            long total = 0;
            var split = new long[7]; // byte code, strings, signatures, method rows, field rows, type rows, other rows and headers
            bool complete = true;
            foreach (DeviceProjectOutcome p in closure)
            {
                foreach (string a in p.Assemblies)
                {
                    NanoPackage? package = NanoPackages.ShippingAssembly(a);
                    packages.Add(package == null ? a : package.Id);
                }

                if (IsSimulationName(p.Project.AssemblyName))
                {
                    findings.Add("assembly " + p.Label + " is simulation code");
                }

                if (p.Image == null)
                {
                    complete = false;
                    parts.Add(p.Project.AssemblyName + " (not compiled)");
                    continue;
                }

                total += p.Size!.EstimatedPeBytes;
                parts.Add(p.Project.AssemblyName + " " + Bytes(p.Size.EstimatedPeBytes));
                PeTables t = p.Size.Tables;
                split[0] += t.ByteCode;
                split[1] += t.Strings;
                split[2] += t.Signatures;
                split[3] += t.MethodDefs;
                split[4] += t.FieldDefs;
                split[5] += t.TypeDefs;
                split[6] += t.Total - t.ByteCode - t.Strings - t.Signatures - t.MethodDefs - t.FieldDefs - t.TypeDefs;
                List<string> simulated = SimulationTypes(p.Image);
                if (simulated.Count > 0)
                {
                    findings.Add(p.Project.AssemblyName + " contains " + simulated.Count + " simulation type(s): "
                        + string.Join(", ", simulated.GetRange(0, Math.Min(8, simulated.Count))) + (simulated.Count > 8 ? ", ..." : ""));
                }
            }

            Images.Add("ESP32 image " + exe.Project.AssemblyName + ": " + string.Join(" + ", parts) + " = est. " + Bytes(total)
                + " bytes (" + (total / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KB" + (complete ? "" : ", incomplete")
                + ") + nanoFramework packages: " + string.Join(", ", packages));
            Images.Add("  of which byte code " + Bytes(split[0]) + ", strings " + Bytes(split[1]) + ", signatures " + Bytes(split[2])
                + ", method rows " + Bytes(split[3]) + ", field rows " + Bytes(split[4]) + ", type rows " + Bytes(split[5])
                + ", references, attributes and headers " + Bytes(split[6]));
            Check("no simulation code in the ESP32 image " + exe.Label, findings.Count == 0, findings.Count == 0
                ? closure.Count + " assemblies" : string.Join("\n  ", findings)
                + "\n  (simulations belong in their own project, referenced by the host/simulator build and the tests only)");
        }

        /// <summary>A test project (run in the nanoCLR, which lacks the platform natives) references only CoreLibrary-level packages.</summary>
        private void CheckTestReferences(DeviceProjectOutcome test)
        {
            List<string> findings = ReferencesOutside(test, NanoPackages.TestAllowedAssemblies);
            Check("test references " + test.Label, findings.Count == 0, findings.Count == 0
                ? "CoreLibrary-level only"
                : "a test project may only reference " + string.Join(", ", NanoPackages.TestAllowedAssemblies)
                + " (the nanoCLR test host has no platform natives), directly or through project references:\n  "
                + string.Join("\n  ", findings));
        }

        /// <summary>
        /// A nanoCLR program (an Exe with &lt;NanoImage&gt;false&lt;/NanoImage&gt;: not an ESP32 image, so simulation code is allowed)
        /// references only packages that load on the nanoCLR and on any board; reports its closure and estimated size.
        /// </summary>
        private void CheckProgramReferences(DeviceProjectOutcome program)
        {
            long total = 0;
            var parts = new List<string>();
            foreach (DeviceProjectOutcome p in program.Closure())
            {
                parts.Add(p.Project.AssemblyName);
                total += p.Size == null ? 0 : p.Size.EstimatedPeBytes;
            }

            Images.Add("nanoCLR program " + program.Project.AssemblyName + " (not an ESP32 image): " + string.Join(" + ", parts)
                + " = est. " + Bytes(total) + " bytes");
            List<string> findings = ReferencesOutside(program, NanoPackages.NanoClrProgramAllowedAssemblies);
            Check("program references " + program.Label, findings.Count == 0, findings.Count == 0
                ? "nanoCLR-level only"
                : "a nanoCLR program (NanoImage=false) may only reference " + string.Join(", ", NanoPackages.NanoClrProgramAllowedAssemblies)
                + " (it must load on the nanoCLR and on any board), directly or through project references:\n  "
                + string.Join("\n  ", findings));
        }

        /// <summary>Assembly references outside <paramref name="allowed"/> in the closure of <paramref name="root"/>, as chains.</summary>
        private static List<string> ReferencesOutside(DeviceProjectOutcome root, ISet<string> allowed)
        {
            var findings = new List<string>();
            var via = new Dictionary<DeviceProjectOutcome, DeviceProjectOutcome?> { { root, null } };
            var queue = new Queue<DeviceProjectOutcome>();
            queue.Enqueue(root);
            while (queue.Count > 0)
            {
                DeviceProjectOutcome p = queue.Dequeue();
                foreach (KeyValuePair<string, string> reference in p.Project.References())
                {
                    string assembly = reference.Value.Length > 0 ? Path.GetFileNameWithoutExtension(reference.Value) : NfProject.SimpleName(reference.Key);
                    if (!allowed.Contains(assembly))
                    {
                        findings.Add(Chain(p, via) + " -> " + assembly);
                    }
                }

                foreach (DeviceProjectOutcome r in p.ProjectReferences)
                {
                    if (!via.ContainsKey(r))
                    {
                        via[r] = p;
                        queue.Enqueue(r);
                    }
                }
            }

            return findings;
        }

        private static string Chain(DeviceProjectOutcome p, Dictionary<DeviceProjectOutcome, DeviceProjectOutcome?> via)
        {
            var names = new List<string>();
            DeviceProjectOutcome? at = p;
            while (at != null)
            {
                names.Insert(0, at.Project.AssemblyName);
                at = via[at];
            }

            return string.Join(" -> ", names);
        }

        /// <summary>
        /// A namespace or assembly name with a segment "Simulation", "Simulator" or "CentralSystem" (the central system's
        /// half of the codec: tests, simulator and benchmarks only).
        /// </summary>
        public static bool IsSimulationName(string dotted)
        {
            foreach (string segment in dotted.Split('.'))
            {
                if (segment == "Simulation" || segment == "Simulator" || segment == "CentralSystem")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Types named Simulated* or in a Simulation/Simulator namespace (full names, sorted).</summary>
        public static List<string> SimulationTypes(byte[] image)
        {
            var found = new List<string>();
            using (var pe = new PEReader(new MemoryStream(image)))
            {
                MetadataReader reader = pe.GetMetadataReader();
                foreach (TypeDefinitionHandle h in reader.TypeDefinitions)
                {
                    TypeDefinition type = reader.GetTypeDefinition(h);
                    string name = reader.GetString(type.Name);
                    TypeDefinition top = type;
                    while (!top.GetDeclaringType().IsNil)
                    {
                        top = reader.GetTypeDefinition(top.GetDeclaringType());
                    }

                    string ns = reader.GetString(top.Namespace);
                    if (name.StartsWith("Simulated", StringComparison.Ordinal) || IsSimulationName(ns))
                    {
                        found.Add(DocIdTypeProvider.TypeDefinitionName(reader, h));
                    }
                }
            }

            found.Sort(StringComparer.Ordinal);
            return found;
        }

        private string Relative(string path)
        {
            string rel = Path.GetRelativePath(_options.Root, path);
            return rel.Replace('\\', '/');
        }

        private static string Bytes(long n)
        {
            return n.ToString("N0", CultureInfo.InvariantCulture);
        }
    }
}
