@echo off
rem kb: build, check, index and serve the knowledge base ("kb --help").
rem Works from any folder. Rebuilds cli\target\kb.jar first when it is missing or
rem older than any source or pom, then runs it on this checkout.
setlocal
set "ROOT=%~dp0"
if "%ROOT:~-1%"=="\" set "ROOT=%ROOT:~0,-1%"
set "JAR=%ROOT%\cli\target\kb.jar"

set STALE=0
if not exist "%JAR%" set STALE=1
if %STALE%==0 (
  powershell -NoProfile -Command ^
    "$jar = (Get-Item -LiteralPath $env:JAR).LastWriteTimeUtc;" ^
    "$files = @(Get-Item -LiteralPath (Join-Path $env:ROOT 'pom.xml'), (Join-Path $env:ROOT 'contract\pom.xml'), (Join-Path $env:ROOT 'generator\pom.xml'), (Join-Path $env:ROOT 'search-server\pom.xml'), (Join-Path $env:ROOT 'semantic\pom.xml'), (Join-Path $env:ROOT 'cli\pom.xml'), (Join-Path $env:ROOT 'templates\search-results.ftlh') -ErrorAction SilentlyContinue);" ^
    "$files += @(Get-ChildItem -Recurse -File -LiteralPath (Join-Path $env:ROOT 'contract\src'), (Join-Path $env:ROOT 'generator\src'), (Join-Path $env:ROOT 'search-server\src'), (Join-Path $env:ROOT 'semantic\src'), (Join-Path $env:ROOT 'cli\src') -ErrorAction SilentlyContinue);" ^
    "if ($files | Where-Object { $_.LastWriteTimeUtc -gt $jar } | Select-Object -First 1) { exit 1 } else { exit 0 }"
  if errorlevel 1 set STALE=1
)

if %STALE%==1 (
  echo kb: building %JAR% ... 1>&2
  pushd "%ROOT%"
  if exist "%ROOT%\mvnw.cmd" (
    call "%ROOT%\mvnw.cmd" -q -B -Dstyle.color=never -DskipTests -Dmaven.test.skip=true -pl cli -am package 1>&2
  ) else (
    call mvn -q -B -Dstyle.color=never -DskipTests -Dmaven.test.skip=true -pl cli -am package 1>&2
  )
  if errorlevel 1 (
    popd
    echo kb: the build of kb.jar failed; run "mvn -pl cli -am package" to see why. 1>&2
    exit /b 1
  )
  popd
)

rem A build gets the JVM options ./kb gives it (see there for why).
set "JVM="
if /i "%~1"=="build" set "JVM=-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms32m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40"
java %JVM% -jar "%JAR%" --root "%ROOT%" %*
exit /b %ERRORLEVEL%
