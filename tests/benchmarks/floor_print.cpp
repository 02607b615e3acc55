// The floor of a call that prints a link: a bare QCoreApplication that writes a fixed one.
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::fputs("https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=1234\n", stdout);
    return 0;
}
