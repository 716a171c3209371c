#pragma once

// A throw-away RSA key pair for tests of service-account keys: the private key in PEM (PKCS#8, as
// Google's JSON keys have it) and the public key to check RS256 signatures with. Link OpenSSL::Crypto.
#include <QByteArray>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <memory>

namespace HubCacheTest {

struct RsaKey {
    QByteArray privatePem;
    std::shared_ptr<EVP_PKEY> key;
};

inline RsaKey generateRsaKey()
{
    RsaKey result;
    EVP_PKEY *key = EVP_RSA_gen(2048);
    if (!key)
        return result;
    result.key.reset(key, &EVP_PKEY_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    result.privatePem = QByteArray(data, length);
    return result;
}

inline bool verifyRs256(EVP_PKEY *key, const QByteArray &signingInput, const QByteArray &signature)
{
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    return EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key) == 1
        && EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()), reinterpret_cast<const unsigned char *>(signingInput.constData()),
                            size_t(signingInput.size())) == 1;
}

} // namespace HubCacheTest
