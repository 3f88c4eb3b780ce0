#!/usr/bin/env bash
# Regenerates the device build files (*.nfproj, packages.config, nano.runsettings, ChargePoint.nfproj.sln) from
# the source tree. Run it after adding, moving or deleting a .cs file. The compatibility tests check the result,
# so a stale .nfproj fails CI.
# Rules: a project compiles every .cs under its folder except HostOnly/, bin/, obj/ and the folders of the
# projects nested inside it, plus those of the layer folders its table line names (linked in: the host .csproj
# includes Folder/**/*.cs). Esp32Only/ and NanoOnly/ are device-only (the host .csproj removes them).
set -euo pipefail
cd "$(dirname "$0")/.."

# package id|version|assembly files (under lib/). Names are ASSEMBLY names: the package
# nanoFramework.System.Threading ships System.Threading.dll.
CORE="nanoFramework.CoreLibrary|1.17.11|mscorlib.dll"
COLLECTIONS="nanoFramework.System.Collections|1.5.75|nanoFramework.System.Collections.dll"
TEXT="nanoFramework.System.Text|1.3.42|nanoFramework.System.Text.dll"
MATH="nanoFramework.System.Math|1.5.116|System.Math.dll"
TESTFW="nanoFramework.TestFramework|3.0.77|nanoFramework.TestFramework.dll nanoFramework.UnitTestLauncher.exe"
BASE=("$CORE" "$COLLECTIONS" "$TEXT" "$MATH")
# A nanoCLR program (kind "bench": not an ESP32 image, runs on the nanoCLR or any board): BASE plus GC.Run
# (Runtime.Native) and the peer it compares our codec with (nanoFramework.Json, which needs System.IO.Streams).
BENCH=(
  "nanoFramework.Runtime.Native|1.7.11|nanoFramework.Runtime.Native.dll"
  "nanoFramework.System.IO.Streams|1.1.96|System.IO.Streams.dll"
  "nanoFramework.Json|2.2.203|nanoFramework.Json.dll"
)
PLATFORM=(
  "nanoFramework.Runtime.Events|1.11.37|nanoFramework.Runtime.Events.dll"
  "nanoFramework.Runtime.Native|1.7.11|nanoFramework.Runtime.Native.dll"
  "nanoFramework.System.Threading|1.1.52|System.Threading.dll"
  "nanoFramework.System.IO.Streams|1.1.96|System.IO.Streams.dll"
  "nanoFramework.System.Net|1.11.54|System.Net.dll"
  "nanoFramework.System.Net.WebSockets.Client|1.1.167|System.Net.WebSockets.dll"
  "nanoFramework.System.Net.Http|1.5.209|System.Net.Http.dll"
  "nanoFramework.System.Device.Wifi|1.5.147|System.Device.Wifi.dll"
  "nanoFramework.System.Device.Gpio|1.1.62|System.Device.Gpio.dll"
  "nanoFramework.System.Device.Spi|1.3.89|System.Device.Spi.dll"
  "nanoFramework.System.Device.Pwm|1.1.23|System.Device.Pwm.dll"
  "nanoFramework.System.Device.Adc|1.1.24|System.Device.Adc.dll"
  "nanoFramework.Hardware.Esp32|1.6.42|nanoFramework.Hardware.Esp32.dll"
  "nanoFramework.System.IO.Ports|1.1.139|System.IO.Ports.dll"
  "nanoFramework.System.IO.FileSystem|1.1.93|System.IO.FileSystem.dll"
)

# The device projects: name (ChargePoint.<name>), folder, output type, assembly name, GUID, kind, project refs,
# and (optional) layer folders compiled into this assembly as well: a folder that is no project of its own (its
# .cs files minus nested project folders, linked in), e.g. the HAL into the application, which saves the image the
# rows and names of the references between two assemblies (the layering is kept by the LayeringTests).
# Kind: no (product code; an Exe is the ESP32 image), support/test (test kit / NFUnitTest), bench (an Exe that is
# not an ESP32 image: <NanoImage>false</NanoImage>, the simulation allowed, only nanoCLR-level packages).
# Order matters only for the .sln listing. Test projects are all named NFUnitTest (the UnitTestLauncher loads
# that name), one per folder, each small enough for the .pe format.
PROJECTS=(
  "Ocpp|ChargePoint.Ocpp|Library|ChargePoint.Ocpp|{6F1C2A4B-8D3E-4B5A-9C71-0A1B2C3D4E01}|no|Firmware.Loader"
  "Ocpp.Simulation|ChargePoint.Ocpp/Simulation|Library|ChargePoint.Ocpp.Simulation|{6F1C2A4B-8D3E-4B5A-9C71-0A1B2C3D4E06}|no|Ocpp Firmware.Loader"
  "Ocpp.CentralSystem|ChargePoint.Ocpp/CentralSystem|Library|ChargePoint.Ocpp.CentralSystem|{6F1C2A4B-8D3E-4B5A-9C71-0A1B2C3D4E2C}|no|Ocpp Firmware.Loader"
  "Firmware.Loader|ChargePoint.Firmware/Loader|Library|ChargePoint.Firmware.Loader|{6F1C2A4B-8D3E-4B5A-9C71-0A1B2C3D4E13}|no||ChargePoint.Ocpp/Crypto/Digest ChargePoint.Ocpp/Platform/Storage"
  "Firmware.Application|ChargePoint.Firmware/Application|Library|ChargePoint.Firmware.Application|{6F1C2A4B-8D3E-4B5A-9C71-0A1B2C3D4E08}|no|Ocpp Firmware.Loader|ChargePoint.Hal"
  "Hal.Simulation|ChargePoint.Hal/Simulation|Library|ChargePoint.Hal.Simulation|{6F1C2A4B-8D3E-4B5A-9C71-0A1B2C3D4E07}|no|Ocpp Firmware.Loader Firmware.Application"
  "Firmware.Simulator|ChargePoint.Firmware/Simulator|Library|ChargePoint.Firmware.Simulator|{6F1C2A4B-8D3E-4B5A-9C71-0A1B2C3D4E09}|no|Ocpp Ocpp.Simulation Hal.Simulation Firmware.Application Firmware.Loader"
  "Firmware|ChargePoint.Firmware|Exe|ChargePoint.Firmware|{6F1C2A4B-8D3E-4B5A-9C71-0A1B2C3D4E03}|no|Ocpp Firmware.Loader|ChargePoint.Firmware/Application ChargePoint.Hal"
  "Firmware.Benchmark|ChargePoint.Firmware/Benchmark|Exe|ChargePoint.Firmware.Benchmark|{6F1C2A4B-8D3E-4B5A-9C71-0A1B2C3D4E0F}|bench|Ocpp.CentralSystem Ocpp Ocpp.Simulation Hal.Simulation Firmware.Application Firmware.Simulator Firmware.Loader"
  "Tests.Support|ChargePoint.Tests/Support|Library|ChargePoint.Tests.Support|{6F1C2A4B-8D3E-4B5A-9C71-0A1B2C3D4E0A}|support|Ocpp Ocpp.Simulation Hal.Simulation Firmware.Application Firmware.Simulator Firmware.Loader"
  "Tests.Codec|ChargePoint.Tests/Codec|Library|NFUnitTest|{6F1C2A4B-8D3E-4B5A-9C71-0A1B2C3D4E0B}|test|Ocpp.CentralSystem Ocpp Ocpp.Simulation Hal.Simulation Firmware.Application Tests.Support Firmware.Loader"
  "Tests.Engine|ChargePoint.Tests/Engine|Library|NFUnitTest|{6F1C2A4B-8D3E-4B5A-9C71-0A1B2C3D4E0C}|test|Ocpp Ocpp.Simulation Hal.Simulation Firmware.Application Tests.Support Firmware.Loader"
  "Tests.Transactions|ChargePoint.Tests/Transactions|Library|NFUnitTest|{6F1C2A4B-8D3E-4B5A-9C71-0A1B2C3D4E0D}|test|Ocpp Ocpp.Simulation Hal.Simulation Firmware.Application Tests.Support Firmware.Loader"
  "Tests.Hal|ChargePoint.Tests/Hal|Library|NFUnitTest|{6F1C2A4B-8D3E-4B5A-9C71-0A1B2C3D4E0E}|test|Hal.Simulation Ocpp Firmware.Loader Firmware.Application"
  "Tests.Firmware|ChargePoint.Tests/Firmware|Library|NFUnitTest|{6F1C2A4B-8D3E-4B5A-9C71-0A1B2C3D4E04}|test|Ocpp Ocpp.Simulation Hal.Simulation Firmware.Application Firmware.Simulator Tests.Support Firmware.Loader"
  "Tests.Crypto|ChargePoint.Tests/Crypto|Library|NFUnitTest|{6F1C2A4B-8D3E-4B5A-9C71-0A1B2C3D4E11}|test|Ocpp Firmware.Loader"
  "Tests.Loader|ChargePoint.Tests/Loader|Library|NFUnitTest|{6F1C2A4B-8D3E-4B5A-9C71-0A1B2C3D4E14}|test|Hal.Simulation Firmware.Loader Ocpp Firmware.Application"
)

bs() { printf '%s' "$1" | tr '/' '\\'; }

folder_of() {
  local p name dir rest
  for p in "${PROJECTS[@]}"; do
    IFS='|' read -r name dir rest <<<"$p"
    [ "$name" = "$1" ] && { printf '%s' "$dir"; return; }
  done
  echo "unknown project $1" >&2; exit 1
}

# Lists the .cs files of a project folder (relative, sorted): not bin/obj (its own, or left in a subfolder that was
# once a project), not HostOnly, not nested project folders, not a folder another project compiles as a layer.
list_cs() {
  local dir=$1 p name other outtype asmname guid kind refs layers layer
  local -a prune=(-path ./bin -o -path ./obj -o -path "./*/bin" -o -path "./*/obj" -o -path ./HostOnly)
  for p in "${PROJECTS[@]}"; do
    IFS='|' read -r name other outtype asmname guid kind refs layers <<<"$p"
    case "$other" in "$dir"/*) prune+=(-o -path "./${other#"$dir"/}") ;; esac
    for layer in $layers; do
      case "$layer" in "$dir"/*) prune+=(-o -path "./${layer#"$dir"/}") ;; esac
    done
  done
  (cd "$dir" && find . \( "${prune[@]}" \) -prune -o -name '*.cs' -print | sed 's|^\./||' | LC_ALL=C sort)
}

# One <Reference> per assembly of each package. The Include is the simple assembly name: nanoFramework
# assemblies are versioned at "revision" precision (e.g. System.Threading 1.1.52.34401), so a strong name with a
# guessed version would make MSBuild treat the reference as SpecificVersion; the HintPath pins the package.
references() {
  local up=$1; shift
  local spec id ver files f asm
  for spec in "$@"; do
    IFS='|' read -r id ver files <<<"$spec"
    for f in $files; do
      asm=${f%.*}
      printf '    <Reference Include="%s">\n' "$asm"
      printf '      <HintPath>%s\\packages\\%s.%s\\lib\\%s</HintPath>\n' "$up" "$id" "$ver" "$f"
      printf '      <Private>True</Private>\n'
      printf '    </Reference>\n'
    done
  done
}

packages_config() {
  local out=$1; shift
  {
    echo '<?xml version="1.0" encoding="utf-8"?>'
    echo '<packages>'
    local spec id ver files dev
    for spec in "$@"; do
      IFS='|' read -r id ver files <<<"$spec"
      dev=""; [ "$id" = "nanoFramework.TestFramework" ] && dev=' developmentDependency="true"'
      printf '  <package id="%s" version="%s" targetFramework="netnano1.0"%s />\n' "$id" "$ver" "$dev"
    done
    echo '</packages>'
  } >"$out"
}

runsettings() {
  cat >"$1" <<'XML'
<?xml version="1.0" encoding="utf-8"?>
<RunSettings>
  <RunConfiguration>
    <ResultsDirectory>.\TestResults</ResultsDirectory>
    <TestSessionTimeout>1200000</TestSessionTimeout>
    <TargetFrameworkVersion>net48</TargetFrameworkVersion>
    <TargetPlatform>x64</TargetPlatform>
    <MaxCpuCount>1</MaxCpuCount>
  </RunConfiguration>
  <nanoFrameworkAdapter>
    <Logging>None</Logging>
    <IsRealHardware>False</IsRealHardware>
  </nanoFrameworkAdapter>
</RunSettings>
XML
}

write_nfproj() {
  local name=$1 dir=$2 outtype=$3 asmname=$4 guid=$5 kind=$6 refs=$7 layers=$8
  local test=false
  [ "$kind" = test ] && test=true
  local -a pkgs=("${BASE[@]}")
  [ "$kind" = test ] || [ "$kind" = support ] && pkgs+=("$TESTFW")
  [ "$kind" = bench ] && pkgs+=("${BENCH[@]}")
  [ "$outtype" = Exe ] && [ "$kind" = no ] && pkgs+=("${PLATFORM[@]}")
  # The packages folder sits next to the .sln, at the repository root.
  local up
  up=$(realpath --relative-to="$dir" . | tr '/' '\\')
  local out="$dir/ChargePoint.$name.nfproj"
  {
    echo '<?xml version="1.0" encoding="utf-8"?>'
    echo '<!-- Device build (nanoFramework). Generated by eng/sync-nfproj.sh: edit that script, not this file. -->'
    echo '<Project ToolsVersion="Current" DefaultTargets="Build" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">'
    echo '  <PropertyGroup Label="Globals">'
    echo '    <NanoFrameworkProjectSystemPath>$(MSBuildExtensionsPath)\nanoFramework\v1.0\</NanoFrameworkProjectSystemPath>'
    echo '  </PropertyGroup>'
    echo '  <Import Project="$(NanoFrameworkProjectSystemPath)NFProjectSystem.Default.props" Condition="Exists('"'"'$(NanoFrameworkProjectSystemPath)NFProjectSystem.Default.props'"'"')" />'
    if $test; then
      echo '  <ItemGroup>'
      echo '    <ProjectCapability Include="TestContainer" />'
      echo '  </ItemGroup>'
    fi
    echo '  <PropertyGroup>'
    echo '    <Configuration Condition=" '"'"'$(Configuration)'"'"' == '"'"''"'"' ">Debug</Configuration>'
    echo '    <Platform Condition=" '"'"'$(Platform)'"'"' == '"'"''"'"' ">AnyCPU</Platform>'
    echo '    <ProjectTypeGuids>{11A8DD76-328B-46DF-9F39-F559912D0360};{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}</ProjectTypeGuids>'
    echo "    <ProjectGuid>$guid</ProjectGuid>"
    echo "    <OutputType>$outtype</OutputType>"
    echo '    <AppDesignerFolder>Properties</AppDesignerFolder>'
    echo '    <FileAlignment>512</FileAlignment>'
    echo "    <RootNamespace>ChargePoint.$name</RootNamespace>"
    echo "    <AssemblyName>$asmname</AssemblyName>"
    echo '    <TargetFrameworkVersion>v1.0</TargetFrameworkVersion>'
    echo '    <LangVersion>9.0</LangVersion>'
    # Nullable metadata has no meaning on the nanoCLR but the metadata processor keeps it (one custom-attribute row
    # per annotated type/member plus the embedded attribute types): the host build checks nullability, the device
    # build emits none. CS8632: a '?' annotation outside a nullable context (the same files compile on the host).
    echo '    <Nullable>disable</Nullable>'
    echo '    <NoWarn>$(NoWarn);CS8632</NoWarn>'
    # Read by eng/DeviceCheck: this Exe is not an ESP32 image (no image rule; nanoCLR-level packages only).
    [ "$kind" = bench ] && echo '    <NanoImage>false</NanoImage>'
    if $test; then
      echo '    <IsCodedUITest>False</IsCodedUITest>'
      echo '    <IsTestProject>true</IsTestProject>'
      echo '    <TestProjectType>UnitTest</TestProjectType>'
    fi
    echo '  </PropertyGroup>'
    echo '  <Import Project="$(NanoFrameworkProjectSystemPath)NFProjectSystem.props" Condition="Exists('"'"'$(NanoFrameworkProjectSystemPath)NFProjectSystem.props'"'"')" />'
    if $test; then
      # As in the nanoFramework unit-test project template: after NFProjectSystem.props.
      echo '  <PropertyGroup>'
      echo '    <RunSettingsFilePath>$(MSBuildProjectDirectory)\nano.runsettings</RunSettingsFilePath>'
      echo '  </PropertyGroup>'
    fi
    echo '  <ItemGroup>'
    local f
    while IFS= read -r f; do
      [ -n "$f" ] && printf '    <Compile Include="%s" />\n' "$(bs "$f")"
    done < <(list_cs "$dir")
    local layer rel
    for layer in $layers; do
      rel=$(realpath -m --relative-to="$dir" "$layer")
      while IFS= read -r f; do
        # A project folder linked as a layer brings its sources, not its assembly attributes.
        [ -n "$f" ] && [ "$f" != Properties/AssemblyInfo.cs ] || continue
        printf '    <Compile Include="%s">\n' "$(bs "$rel/$f")"
        printf '      <Link>%s</Link>\n' "$(bs "$(basename "$layer")/$f")"
        printf '    </Compile>\n'
      done < <(list_cs "$layer")
    done
    echo '  </ItemGroup>'
    echo '  <ItemGroup>'
    echo '    <None Include="packages.config" />'
    $test && echo '    <None Include="nano.runsettings" />'
    echo '  </ItemGroup>'
    echo '  <ItemGroup>'
    references "$up" "${pkgs[@]}"
    echo '  </ItemGroup>'
    if [ -n "$refs" ]; then
      echo '  <ItemGroup>'
      local r rdir
      for r in $refs; do
        rdir=$(folder_of "$r")
        printf '    <ProjectReference Include="%s" />\n' "$(bs "$(realpath -m --relative-to="$dir" "$rdir")/ChargePoint.$r.nfproj")"
      done
      echo '  </ItemGroup>'
    fi
    echo '  <Import Project="$(NanoFrameworkProjectSystemPath)NFProjectSystem.CSharp.targets" Condition="Exists('"'"'$(NanoFrameworkProjectSystemPath)NFProjectSystem.CSharp.targets'"'"')" />'
    echo '  <ProjectExtensions>'
    echo '    <ProjectCapabilities>'
    echo '      <ProjectConfigurationsDeclaredAsItems />'
    echo '    </ProjectCapabilities>'
    echo '  </ProjectExtensions>'
    echo '</Project>'
  } >"$out"
  packages_config "$dir/packages.config" "${pkgs[@]}"
  if $test; then runsettings "$dir/nano.runsettings"; fi
}

for p in "${PROJECTS[@]}"; do
  IFS='|' read -r name dir outtype asmname guid kind refs layers <<<"$p"
  write_nfproj "$name" "$dir" "$outtype" "$asmname" "$guid" "$kind" "$refs" "$layers"
done

# The device solution.
{
  printf '\xef\xbb\xbf\r\n'
  printf 'Microsoft Visual Studio Solution File, Format Version 12.00\r\n'
  printf '# Visual Studio Version 17\r\n'
  printf 'VisualStudioVersion = 17.0.31903.59\r\n'
  printf 'MinimumVisualStudioVersion = 10.0.40219.1\r\n'
  for p in "${PROJECTS[@]}"; do
    IFS='|' read -r name dir outtype asmname guid kind refs <<<"$p"
    printf 'Project("{11A8DD76-328B-46DF-9F39-F559912D0360}") = "ChargePoint.%s", "%s\\ChargePoint.%s.nfproj", "%s"\r\nEndProject\r\n' "$name" "$(bs "$dir")" "$name" "$guid"
  done
  printf 'Global\r\n'
  printf '\tGlobalSection(SolutionConfigurationPlatforms) = preSolution\r\n'
  printf '\t\tDebug|Any CPU = Debug|Any CPU\r\n\t\tRelease|Any CPU = Release|Any CPU\r\n'
  printf '\tEndGlobalSection\r\n'
  printf '\tGlobalSection(ProjectConfigurationPlatforms) = postSolution\r\n'
  for p in "${PROJECTS[@]}"; do
    IFS='|' read -r name dir outtype asmname guid kind refs <<<"$p"
    for c in Debug Release; do
      for k in ActiveCfg Build.0 Deploy.0; do
        printf '\t\t%s.%s|Any CPU.%s = %s|Any CPU\r\n' "$guid" "$c" "$k" "$c"
      done
    done
  done
  printf '\tEndGlobalSection\r\n'
  printf '\tGlobalSection(SolutionProperties) = preSolution\r\n\t\tHideSolutionNode = FALSE\r\n\tEndGlobalSection\r\n'
  printf 'EndGlobal\r\n'
} > ChargePoint.nfproj.sln
echo "device build files regenerated"
