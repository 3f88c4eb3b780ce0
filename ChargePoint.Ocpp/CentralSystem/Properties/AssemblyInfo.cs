using System.Reflection;

[assembly: AssemblyTitle("ChargePoint.Ocpp.CentralSystem")]
[assembly: AssemblyProduct("Open EV charge-point firmware")]
[assembly: AssemblyCopyright("MIT License")]
[assembly: AssemblyVersion("0.1.0.0")]
[assembly: AssemblyFileVersion("0.1.0.0")]
