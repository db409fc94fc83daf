// The AspNetHost launcher: the host and the services live in bin/CrmwireInterop.dll.
public static class Launch
{
    public static int Main(string[] args) { return CrmwireInterop.AspNetHost.Run(args); }
}
