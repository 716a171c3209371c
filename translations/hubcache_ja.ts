<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>CliApplication</name>
    <message>
        <source>Print the local folder of a model, downloading and caching it first if needed. Only the path goes to standard output; progress goes to standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tfhub.dev or Kaggle URL, any URL of a model archive, a gs:// path or a local folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print no progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download several models into the cache, a few at a time, and summarise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model handles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read handles from FILE, one per line (&apos;-&apos; for standard input; # starts a comment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads at once (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every entry of the cache folder with its handle, size, download time and state (complete, broken, downloading, orphaned temp, stale lock), and the totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a cache entry: its descriptor, files and sizes, and the SavedModel&apos;s tags and signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A handle, a cache key or a unique key prefix, or a model folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete cache entries (the folder and its descriptor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handles, cache keys or unique key prefixes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only say what would be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete temp folders of interrupted downloads and locks of dead or stuck processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the effective cache folder, load format and offline mode, and where each comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache folder (overrides TFHUB_CACHE_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMPRESSED, UNCOMPRESSED or AUTO (overrides TFHUB_MODEL_LOAD_FORMAT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never use the network (also HUBCACHE_OFFLINE=1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubcache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;hubcache --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubcache: error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hubcache [global options] COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve, download, cache and inspect TensorFlow Hub models, in the same cache as the tensorflow_hub Python library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --tfhub_cache_dir DIR           the cache folder (default: $TFHUB_CACHE_DIR, then &lt;temp&gt;/tfhub_modules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --tfhub_model_load_format FMT   COMPRESSED, UNCOMPRESSED or AUTO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --offline                       never use the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;hubcache COMMAND --help&apos; shows a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve takes exactly one handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefetch needs at least one handle (or -f LIST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--jobs takes a number from 1 to 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 downloaded (%2), %3 already cached, %4 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache folder: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOWNLOADED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HANDLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 in %2 entries (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info takes one handle, cache key or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown: no descriptor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:      %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:       %1 in %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded: %1 by %2 (PID %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SavedModel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SavedModel: %1 (schema %2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, TF1 Hub module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Tags: %1   (TensorFlow %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Signature &apos;%1&apos;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      input  %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      output %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rm needs at least one handle or cache key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would remove %1 (%2) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would be freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items, %2 would be freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items removed, %2 freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache folder:  %1  (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load format:   %1  (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline:       %1  (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS checks:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFF (TFHUB_DISABLE_CERT_VALIDATION=true)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock timeout:  %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk:          %1 free of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubCache::ArchiveExtractor</name>
    <message>
        <source>the response body is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at member &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no files in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip stream ends early (truncated download)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard link to &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbolic link to &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubCache::CacheEntry</name>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphaned temp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale lock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubCache::Configuration</name>
    <message>
        <source>command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubCache::DownloadJob</name>
    <message>
        <source>no data for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect without a Location header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubCache::Error</name>
    <message>
        <source> (HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a model handle; give a tfhub.dev or Kaggle URL, a gs:// path or a local folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this kind of handle is not supported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the UNCOMPRESSED load format (reading models straight from remote storage) is not supported yet; use COMPRESSED or AUTO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid model load format; use COMPRESSED, UNCOMPRESSED or AUTO (check TFHUB_MODEL_LOAD_FORMAT and --tfhub_model_load_format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the cache and offline mode is on (--offline or HUBCACHE_OFFLINE); turn offline mode off to download it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download %1: host %2 not found; check the handle and your network or proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download %1: %2 refused the connection; is the server up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download %1: the connection to %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download %1: the TLS certificate of %2 could not be verified (TFHUB_DISABLE_CERT_VALIDATION=true turns the check off at your own risk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download %1: %2 stopped sending data; try again later or raise the timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download %1 through the proxy; check http_proxy, https_proxy and no_proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download %1: access denied%2; the model may need a licence accepted on its page or credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download %1: not found on the server%2; check the handle&apos;s spelling and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download %1: the server is rate limiting requests%2; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download %1: server error%2; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download %1: the server answered with an error%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download %1: too many redirects (last: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download %1: refused a redirect to %2 (only http and https are followed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer from the server for %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not appear to be a valid module%2; the server sent something that is not a complete model archive (a login or error page, or a cut-off download)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused archive member &apos;%2&apos;: it would be written outside the model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Unexpected object type in tar archive: member &apos;%2&apos; is neither a file nor a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No space left while writing %1; free some space or choose another cache folder (TFHUB_CACHE_DIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not writable; choose another cache folder in Settings or set TFHUB_CACHE_DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File error on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cache entry for &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being downloaded by another process (%2); try again when it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take the download lock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying to load a model of incompatible/unknown type. &apos;%1&apos; contains neither &apos;saved_model.pb&apos; nor &apos;saved_model.pbtxt&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable SavedModel; delete the cache entry and download it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubCache::ModelCache</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no saved_model.pb, saved_model.pbtxt or tfhub_module.pb (half deleted?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variables/variables.index is missing (half deleted?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variables/variables.data-* is missing (half deleted?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1 on this host is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no progress for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left by an interrupted download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some files could not be deleted; `hubcache prune` retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lock changed hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an orphaned temp folder or stale lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubCache::ResolveJob</name>
    <message>
        <source>gs:// handles need remote storage support, which is not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gs:// cache folder needs remote storage support, which is not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cached copy of %1 is broken (%2); downloading it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking over the download of %1 from process %2, which is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of %1 by %2 made no progress for %3 s; taking it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being downloaded by %2 on %3 (%4 so far); waiting. It is taken over if it makes no progress for %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPrinter</name>
    <message>
        <source>Downloading TF-Hub Module &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
