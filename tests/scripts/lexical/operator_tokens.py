# Operators and delimiters tokenised without spaces.
a=7;b=3
print(a+b,a-b,a*b,a/b,a//b,a%b,a**b,a<<b,a>>b,a&b,a|b,a^b,~a,-a,+a)
print(a<b,a>b,a<=b,a>=b,a==b,a!=b)
print(a**-b,-a**2,(-a)**2,2**3**2,a--b,a+-b,a- -b,not-1,~-a,-~a)
x=[1,2,3,4,5]
print(x[1:-1],x[::2],x[::-1],x[-2:],x[:-2],x[1:4:2])
d={'k':[1,{'n':2}]}
print(d['k'][1]['n'])
c=a if a>b else b;print(c)
a+=1;a-=2;a*=3;a//=2;a%=5;a**=2;a<<=1;a>>=1;a|=8;a&=15;a^=3
print(a)
print(1<2<3,3>2>1,1<2>0,1==1.0!=2)
print(1.5e3+.5,5.e0*2,0x1F+0o7+0b1)
f=lambda*a,**k:(a,k);print(f(1,k=2))
g=lambda x,/,y=2,*,z=3:x+y+z;print(g(1),g(1,z=0))
print((1,),(),[],{},(1))
print(a@b if False else "matmul token parsed")
print(... is Ellipsis,...)
