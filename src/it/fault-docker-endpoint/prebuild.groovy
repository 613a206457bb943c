// A socket file whose listener is gone, as a stopped engine leaves /var/run/docker.sock.
import java.net.StandardProtocolFamily
import java.net.UnixDomainSocketAddress
import java.nio.channels.ServerSocketChannel
import java.nio.file.Files
import java.nio.file.Path

def socket = Path.of('/tmp/offline-docker-it/docker-down.sock')
Files.createDirectories(socket.parent)
Files.deleteIfExists(socket)
ServerSocketChannel.open(StandardProtocolFamily.UNIX).withCloseable { it.bind(UnixDomainSocketAddress.of(socket)) }
assert Files.exists(socket)
return true
