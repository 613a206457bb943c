// The tag this build would create already names an image: a failed build must leave it where it is.
def tag = ['docker', 'tag', runtimeImage, 'offline-docker-it/missing-credentials:1.0.0'].execute()
assert tag.waitFor() == 0 : tag.errorStream.text
return true
