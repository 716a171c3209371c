#pragma once

// The entry point of the command line module (libhubcache-cli.so), which holds every command over
// the whole library. The `hubcache` executable answers a warm resolve without it and loads it with
// dlopen() for anything else (app/cli/main.cpp).
extern "C" {
// Runs `hubcache` with these arguments as main() would and returns the exit code.
using HubCacheCliMain = int (*)(int *argc, char **argv);
#define HUBCACHE_CLI_MAIN_SYMBOL "hubcache_cli_main"
}

extern "C" int hubcache_cli_main(int *argc, char **argv);
