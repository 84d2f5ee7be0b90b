#pragma once

// A raw test agent: one AgentControl stream over mutual TLS to a hub's listener, with a node's key
// and certificate (from a real enrollment); a thread collects what the hub sends. Used by tests
// that need real agent traffic without running edge-agent (tests/api/tst_agentcontrol.cpp,
// tests/gui/tst_nodeevents.cpp). Link gRPC::grpc++ and edge_proto.

#include "edge.grpc.pb.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace edge::testsupport {

struct Identity {
    QByteArray keyPem;
    QByteArray certPem;
};

// A raw agent: one AgentControl stream over mutual TLS; a thread reads what the hub sends.
class TestAgent {
public:
    TestAgent(const QString &address, const QByteArray &caPem, const Identity &id)
    {
        grpc::SslCredentialsOptions ssl;
        ssl.pem_root_certs = caPem.toStdString();
        ssl.pem_private_key = id.keyPem.toStdString();
        ssl.pem_cert_chain = id.certPem.toStdString();
        grpc::ChannelArguments args;
        args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 100);
        m_channel = grpc::CreateCustomChannel(address.toStdString(), grpc::SslCredentials(ssl),
                                              args);
        m_stub = v1::AgentControl::NewStub(m_channel);
        m_stream = m_stub->Connect(&m_context);
        m_reader = std::thread([this] {
            v1::HubMessage m;
            while (m_stream->Read(&m)) {
                std::lock_guard lock(m_mutex);
                m_received.push_back(m);
            }
            m_ended = true;
        });
    }
    ~TestAgent() { drop(); }

    bool send(const v1::AgentMessage &m)
    {
        std::lock_guard lock(m_writeMutex);
        return !m_closed && m_stream->Write(m);
    }
    bool hello(qint64 desiredGeneration = 0, qint64 appliedGeneration = 0)
    {
        v1::AgentMessage m;
        m.mutable_hello()->set_agent_version("test-agent 1");
        m.mutable_hello()->set_hostname("test-host");
        m.mutable_hello()->set_desired_generation(desiredGeneration);
        m.mutable_hello()->set_applied_generation(appliedGeneration);
        return send(m);
    }
    bool heartbeat()
    {
        v1::AgentMessage m;
        m.mutable_heartbeat()->set_agent_time_ms(QDateTime::currentMSecsSinceEpoch());
        return send(m);
    }

    std::vector<v1::HubMessage> received()
    {
        std::lock_guard lock(m_mutex);
        return m_received;
    }
    int count(v1::HubMessage::BodyCase body)
    {
        int n = 0;
        for (const auto &m : received())
            n += m.body_case() == body;
        return n;
    }
    // The first message of that kind at or after index `from`, or nothing.
    std::optional<v1::HubMessage> find(v1::HubMessage::BodyCase body, size_t from = 0)
    {
        const auto all = received();
        for (size_t i = from; i < all.size(); ++i)
            if (all[i].body_case() == body)
                return all[i];
        return std::nullopt;
    }
    bool ended() const { return m_ended; }

    // Ends the stream from our side and returns how the hub finished it.
    grpc::Status close()
    {
        if (m_closed)
            return m_status;
        {
            std::lock_guard lock(m_writeMutex);
            m_stream->WritesDone();
            m_closed = true;
        }
        if (m_reader.joinable())
            m_reader.join();
        m_status = m_stream->Finish();
        return m_status;
    }
    // Cuts the stream as a broken connection would.
    void drop()
    {
        if (m_closed)
            return;
        m_context.TryCancel();
        {
            std::lock_guard lock(m_writeMutex);
            m_closed = true;
        }
        if (m_reader.joinable())
            m_reader.join();
        m_status = m_stream->Finish();
    }
    // The hub ended the stream: its status.
    grpc::Status status()
    {
        if (m_reader.joinable() && m_ended)
            return close();
        return m_status;
    }

private:
    std::shared_ptr<grpc::Channel> m_channel;
    std::unique_ptr<v1::AgentControl::Stub> m_stub;
    grpc::ClientContext m_context;
    std::unique_ptr<grpc::ClientReaderWriter<v1::AgentMessage, v1::HubMessage>> m_stream;
    std::thread m_reader;
    std::mutex m_mutex;
    std::mutex m_writeMutex;
    std::vector<v1::HubMessage> m_received;
    std::atomic<bool> m_ended{false};
    bool m_closed = false;
    grpc::Status m_status;
};

} // namespace edge::testsupport
