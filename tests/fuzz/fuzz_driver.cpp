// A stand-alone driver for the fuzz targets, built with any compiler: it runs every corpus input,
// then a deterministic mutation loop (bit flips, interesting values, inserts, deletes, copies,
// splices between corpus files) bounded by a count and a time limit. CTest runs it for a few
// seconds per target in every build, the sanitizer build included; clang builds can use real
// libFuzzer on the same targets (HUBCACHE_FUZZ=ON) for long, coverage-guided runs.
//
//   fuzz_<target>_driver [--runs N] [--seconds S] [--seed N] [--max-len N] [--artifact-prefix P] CORPUS...
//
// CORPUS is a folder (every file in it, sorted by name) or a single file (to replay a finding).
// On a crash, a sanitizer report or a broken invariant, the input is written to
// <artifact-prefix>crash-<run> before the process dies.

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" void __sanitizer_set_death_callback(void (*callback)()) __attribute__((weak));

namespace {

using Bytes = std::vector<uint8_t>;

const Bytes *g_current = nullptr;
char g_artifactPath[4096] = {};

// Async-signal-safe: open/write/close only.
void writeCurrentInput()
{
    static volatile sig_atomic_t written = 0;
    if (written || !g_current || !g_artifactPath[0])
        return;
    written = 1;
    const int fd = ::open(g_artifactPath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return;
    const uint8_t *data = g_current->data();
    size_t left = g_current->size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, left);
        if (n <= 0)
            break;
        data += n;
        left -= size_t(n);
    }
    ::close(fd);
    const char prefix[] = "\nfuzz driver: the failing input is in ";
    (void)!::write(STDERR_FILENO, prefix, sizeof(prefix) - 1);
    (void)!::write(STDERR_FILENO, g_artifactPath, std::strlen(g_artifactPath));
    (void)!::write(STDERR_FILENO, "\n", 1);
}

void onFatalSignal(int signal)
{
    writeCurrentInput();
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// splitmix64: small, fast and the same on every platform, so a seed names one sequence of inputs.
class Random
{
public:
    explicit Random(uint64_t seed) : m_state(seed) {}
    uint64_t next()
    {
        uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    size_t below(size_t bound) { return bound == 0 ? 0 : size_t(next() % bound); }

private:
    uint64_t m_state;
};

constexpr uint8_t kInterestingBytes[] = {0x00, 0x01, 0x7f, 0x80, 0xff, 0x20, 0x0a, '/', '.', '0', '7', 'z', '%', ':', '?', '#'};
constexpr uint32_t kInterestingInts[] = {0, 1, 0x7f, 0x80, 0xff, 0x100, 0x7fff, 0x8000, 0xffff, 0x10000,
                                         0x7fffffff, 0x80000000, 0xffffffff, 512, 4096};

void mutateOnce(Bytes &data, const std::vector<Bytes> &corpus, Random &random, size_t maxLen)
{
    const auto position = [&](size_t extra = 0) { return random.below(data.size() + extra); };
    switch (random.below(11)) {
    case 0: // flip one bit
        if (!data.empty())
            data[position()] ^= uint8_t(1u << random.below(8));
        break;
    case 1: // an interesting byte
        if (!data.empty())
            data[position()] = kInterestingBytes[random.below(std::size(kInterestingBytes))];
        break;
    case 2: // a random byte
        if (!data.empty())
            data[position()] = uint8_t(random.next());
        break;
    case 3: { // insert random bytes
        const size_t at = position(1);
        const size_t count = 1 + random.below(8);
        for (size_t i = 0; i < count; ++i)
            data.insert(data.begin() + std::ptrdiff_t(at), uint8_t(random.next()));
        break;
    }
    case 4: { // delete a range
        if (data.empty())
            break;
        const size_t at = position();
        const size_t count = 1 + random.below(std::min<size_t>(data.size() - at, 64));
        data.erase(data.begin() + std::ptrdiff_t(at), data.begin() + std::ptrdiff_t(at + count));
        break;
    }
    case 5: { // copy a range of the input over another place in it
        if (data.size() < 2)
            break;
        const size_t from = position();
        const size_t to = position();
        const size_t count = 1 + random.below(std::min<size_t>({data.size() - from, data.size() - to, 128}));
        std::memmove(data.data() + to, data.data() + from, count);
        break;
    }
    case 6: { // splice: this input's head, another corpus input's tail
        const Bytes &other = corpus[random.below(corpus.size())];
        const size_t cut = position(1);
        const size_t otherCut = random.below(other.size() + 1);
        data.resize(cut);
        data.insert(data.end(), other.begin() + std::ptrdiff_t(otherCut), other.end());
        break;
    }
    case 7: { // insert a piece of another corpus input
        const Bytes &other = corpus[random.below(corpus.size())];
        if (other.empty())
            break;
        const size_t from = random.below(other.size());
        const size_t count = 1 + random.below(std::min<size_t>(other.size() - from, 64));
        data.insert(data.begin() + std::ptrdiff_t(position(1)), other.begin() + std::ptrdiff_t(from),
                    other.begin() + std::ptrdiff_t(from + count));
        break;
    }
    case 8: { // an interesting 1, 2 or 4 byte integer, either byte order
        const size_t width = size_t(1) << random.below(3);
        if (data.size() < width)
            break;
        const uint32_t value = kInterestingInts[random.below(std::size(kInterestingInts))];
        const size_t at = random.below(data.size() - width + 1);
        const bool bigEndian = random.below(2) == 1;
        for (size_t i = 0; i < width; ++i)
            data[at + i] = uint8_t(value >> (8 * (bigEndian ? width - 1 - i : i)));
        break;
    }
    case 9: // small arithmetic on one byte (lengths, varints, octal digits)
        if (!data.empty())
            data[position()] += uint8_t(int(random.below(71)) - 35);
        break;
    case 10: // truncate
        data.resize(position(1));
        break;
    }
    if (data.size() > maxLen)
        data.resize(maxLen);
}

bool readFile(const std::filesystem::path &path, Bytes *bytes)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    bytes->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return true;
}

int usage(const char *program)
{
    std::fprintf(stderr,
                 "usage: %s [--runs N] [--seconds S] [--seed N] [--max-len N] [--artifact-prefix P] CORPUS...\n",
                 program);
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    uint64_t runs = 100000;
    double seconds = 20;
    uint64_t seed = 1;
    size_t maxLen = 0;
    std::string artifactPrefix = "./";
    std::vector<std::filesystem::path> inputs;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--runs" && hasValue)
            runs = std::strtoull(argv[++i], nullptr, 10);
        else if (arg == "--seconds" && hasValue)
            seconds = std::strtod(argv[++i], nullptr);
        else if (arg == "--seed" && hasValue)
            seed = std::strtoull(argv[++i], nullptr, 10);
        else if (arg == "--max-len" && hasValue)
            maxLen = size_t(std::strtoull(argv[++i], nullptr, 10));
        else if (arg == "--artifact-prefix" && hasValue)
            artifactPrefix = argv[++i];
        else if (arg.rfind("--", 0) == 0)
            return usage(argv[0]);
        else
            inputs.emplace_back(arg);
    }
    if (inputs.empty())
        return usage(argv[0]);

    std::vector<std::filesystem::path> files;
    for (const std::filesystem::path &input : inputs) {
        std::error_code ec;
        if (std::filesystem::is_directory(input, ec)) {
            for (const auto &entry : std::filesystem::directory_iterator(input, ec)) {
                if (entry.is_regular_file(ec))
                    files.push_back(entry.path());
            }
        } else if (std::filesystem::is_regular_file(input, ec)) {
            files.push_back(input);
        } else {
            std::fprintf(stderr, "fuzz driver: %s is neither a folder nor a file\n", input.c_str());
            return 2;
        }
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) {
        std::fprintf(stderr, "fuzz driver: no corpus input found; run tests/fuzz/make_corpus.py\n");
        return 2;
    }

    std::vector<Bytes> corpus;
    size_t largest = 0;
    for (const std::filesystem::path &file : files) {
        Bytes bytes;
        if (!readFile(file, &bytes)) {
            std::fprintf(stderr, "fuzz driver: cannot read %s\n", file.c_str());
            return 2;
        }
        largest = std::max(largest, bytes.size());
        corpus.push_back(std::move(bytes));
    }
    if (maxLen == 0)
        maxLen = std::max<size_t>(4096, 2 * largest);

    for (int signal : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL})
        std::signal(signal, onFatalSignal);
    if (__sanitizer_set_death_callback)
        __sanitizer_set_death_callback(writeCurrentInput);

    const auto start = std::chrono::steady_clock::now();
    const auto elapsed = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };

    std::snprintf(g_artifactPath, sizeof(g_artifactPath), "%scorpus-input", artifactPrefix.c_str());
    for (size_t i = 0; i < corpus.size(); ++i) {
        g_current = &corpus[i];
        std::fprintf(stderr, "fuzz driver: %s\n", files[i].c_str());
        LLVMFuzzerTestOneInput(corpus[i].data(), corpus[i].size());
    }

    Random random(seed);
    Bytes data;
    uint64_t done = 0;
    for (; done < runs && elapsed() < seconds; ++done) {
        // Mostly a fresh corpus input, sometimes keep mutating the last one to wander further.
        if (done == 0 || random.below(4) != 0)
            data = corpus[random.below(corpus.size())];
        const size_t stacked = 1 + random.below(4);
        for (size_t m = 0; m < stacked; ++m)
            mutateOnce(data, corpus, random, maxLen);
        std::snprintf(g_artifactPath, sizeof(g_artifactPath), "%scrash-seed%llu-run%llu", artifactPrefix.c_str(),
                      static_cast<unsigned long long>(seed), static_cast<unsigned long long>(done));
        g_current = &data;
        LLVMFuzzerTestOneInput(data.data(), data.size());
    }
    g_current = nullptr;
    std::printf("fuzz driver: %zu corpus inputs and %llu mutated inputs in %.1f s (seed %llu): no finding\n",
                corpus.size(), static_cast<unsigned long long>(done), elapsed(),
                static_cast<unsigned long long>(seed));
    return 0;
}
