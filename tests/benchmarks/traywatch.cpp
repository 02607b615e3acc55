#include "traywatch.h"

#include <QElapsedTimer>

#include <cstdlib>
#include <memory>
#include <thread>

namespace {

template <typename Reply>
using ReplyPtr = std::unique_ptr<Reply, decltype(&std::free)>;

template <typename Reply>
ReplyPtr<Reply> owned(Reply *reply)
{
    return ReplyPtr<Reply>(reply, &std::free);
}

} // namespace

TrayWatch::TrayWatch(const QByteArray &display)
{
    m_connection = xcb_connect(display.constData(), nullptr);
    if (connected()) {
        m_root = xcb_setup_roots_iterator(xcb_get_setup(m_connection)).data->root;
    }
}

TrayWatch::~TrayWatch()
{
    if (m_connection) {
        xcb_disconnect(m_connection);
    }
}

// WM_CLASS is two strings, instance then class: ("panel" "trayer") for trayer's panel.
QByteArray TrayWatch::instanceOf(xcb_window_t window)
{
    const auto reply = owned(xcb_get_property_reply(
        m_connection,
        xcb_get_property(m_connection, 0, window, XCB_ATOM_WM_CLASS, XCB_ATOM_STRING, 0, 64),
        nullptr));
    if (!reply || reply->format != 8) {
        return {};
    }
    const auto *bytes = static_cast<const char *>(xcb_get_property_value(reply.get()));
    const int length = xcb_get_property_value_length(reply.get());
    return QByteArray(bytes, length).split('\0').value(0);
}

bool TrayWatch::waitForPanel(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (connected() && timer.elapsed() < timeoutMs) {
        const auto tree = owned(
            xcb_query_tree_reply(m_connection, xcb_query_tree(m_connection, m_root), nullptr));
        const xcb_window_t *children = tree ? xcb_query_tree_children(tree.get()) : nullptr;
        const int count = tree ? xcb_query_tree_children_length(tree.get()) : 0;
        for (int i = 0; i < count; ++i) {
            if (instanceOf(children[i]) == "panel") {
                m_panel = children[i];
                return true;
            }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
}

bool TrayWatch::holdsIcon(xcb_window_t parent, const QByteArray &instance, int depth)
{
    const auto tree =
        owned(xcb_query_tree_reply(m_connection, xcb_query_tree(m_connection, parent), nullptr));
    if (!tree) {
        return false;
    }
    const xcb_window_t *children = xcb_query_tree_children(tree.get());
    const int count = xcb_query_tree_children_length(tree.get());
    for (int i = 0; i < count; ++i) {
        if (instanceOf(children[i]) == instance) {
            const auto attributes = owned(xcb_get_window_attributes_reply(
                m_connection, xcb_get_window_attributes(m_connection, children[i]), nullptr));
            if (attributes && attributes->map_state == XCB_MAP_STATE_VIEWABLE) {
                return true;
            }
        }
        if (depth > 0 && holdsIcon(children[i], instance, depth - 1)) {
            return true;
        }
    }
    return false;
}

bool TrayWatch::iconShown(const QByteArray &instance)
{
    // The icon sits in a socket window of the panel, a few levels down.
    return m_panel != XCB_NONE && holdsIcon(m_panel, instance, 4);
}
