using System.Reflection;

// Only the version: title, product, copyright and file-version attributes would each cost the image a custom
// attribute row plus a type and a constructor reference (about 80 bytes apiece), and nothing on the device reads them.
[assembly: AssemblyVersion("0.1.0.0")]
